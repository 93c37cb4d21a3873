// A child process for the kill -9 test: writes multi-row transactions as fast as it can
// and prints "ack N" only after transaction N has committed. The test kills it at a
// random moment and checks that every acknowledged transaction survived, whole.
// Built to build/test/crash-writer.js (npm run build).
import { writeSync } from 'node:fs';
import { openDatabase } from '../../db/open';
import { actionsRepository } from '../../db/repositories/actions';
import { auditTrail } from '../../db/repositories/audit';
import { decisionsRepository } from '../../db/repositories/decisions';

const [path, meetingId, ownerId, boardId, start] = process.argv.slice(2);
const db = openDatabase(path!);
const audit = auditTrail(db);
const decisions = decisionsRepository(db, audit);
const actions = actionsRepository(db, audit);

const writeOne = db.transaction((n: number) => {
  decisions.record({ meetingId: Number(meetingId), agendaItemId: null, text: `transaction ${n}` }, 'crash test');
  const action = actions.create({ boardId: Number(boardId), title: `transaction ${n}`, ownerPersonId: Number(ownerId), dueDate: '2025-01-31' }, 'crash test');
  actions.addUpdate({ actionId: action.id, updateDate: '2024-12-01', note: `transaction ${n} started`, status: 'in_progress', meetingId: null }, 'crash test');
  actions.addUpdate({ actionId: action.id, updateDate: '2024-12-02', note: `transaction ${n} finished`, status: 'complete', meetingId: null }, 'crash test');
});

for (let n = Number(start); ; n += 1) {
  writeOne(n);
  writeSync(1, `ack ${n}\n`);
}
