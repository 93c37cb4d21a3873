import { openDatabase, type Db } from '../../db/open';
import { actionsRepository } from '../../db/repositories/actions';
import { agendaRepository } from '../../db/repositories/agenda';
import { attendanceRepository } from '../../db/repositories/attendance';
import { auditTrail } from '../../db/repositories/audit';
import { boardsRepository } from '../../db/repositories/boards';
import { decisionsRepository } from '../../db/repositories/decisions';
import { invitationsRepository } from '../../db/repositories/invitations';
import { meetingsRepository } from '../../db/repositories/meetings';
import { metricsRepository } from '../../db/repositories/metrics';
import { minutesRepository } from '../../db/repositories/minutes';
import { papersRepository } from '../../db/repositories/papers';
import { peopleRepository } from '../../db/repositories/people';
import { risksRepository } from '../../db/repositories/risks';
import { searchRepository } from '../../db/repositories/search';

/** Every repository on one real database file. */
export function repositories(db: Db) {
  const audit = auditTrail(db);
  return {
    db,
    audit,
    boards: boardsRepository(db),
    people: peopleRepository(db),
    meetings: meetingsRepository(db),
    agenda: agendaRepository(db),
    papers: papersRepository(db, audit),
    invitations: invitationsRepository(db, audit),
    attendance: attendanceRepository(db),
    minutes: minutesRepository(db, audit),
    decisions: decisionsRepository(db, audit),
    actions: actionsRepository(db, audit),
    risks: risksRepository(db, audit),
    metrics: metricsRepository(db),
    search: searchRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositories>;

/** A board with one member, one area, a meeting and a two-item agenda. */
export function boardWithMeeting(path: string) {
  const r = repositories(openDatabase(path));
  const boardId = r.boards.create({ name: 'Wirral Local Area SEND Partnership Board' });
  r.boards.addAreas(boardId, ['Strengthen the quality and timeliness of EHC assessments and annual reviews']);
  const areaId = r.boards.areas(boardId)[0]!.id;
  const ownerId = r.people.addPerson({ name: 'Elaine Marsh', organisation: 'Wirral Council' });
  const meetingId = r.meetings.schedule({ boardId, title: 'LASPB', date: '2024-10-29', startTime: '14:00', endTime: '16:00', place: '' });
  const nextMeetingId = r.meetings.schedule({ boardId, title: 'LASPB', date: '2024-11-26', startTime: '14:00', endTime: '16:00', place: '' });
  const item = (title: string) => ({ title, presenterPersonId: null, purpose: 'discussion' as const, minutesAllowed: 10, confidential: false, confidentialReason: '', areaId: null, standingKind: '' });
  const [firstItemId, secondItemId] = r.agenda.append(meetingId, [item('EHC assessment recovery plan'), item('Joint commissioning strategy')]);
  return { ...r, boardId, areaId, ownerId, meetingId, nextMeetingId, firstItemId: firstItemId!, secondItemId: secondItemId!, item };
}
