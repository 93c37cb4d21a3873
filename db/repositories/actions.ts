import type { Action, ActionFilter, ActionStatus, ActionUpdate, DueDateChange } from '../../shared/model/action';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

/** The board's running reference for its n-th action: A001, A002, … */
export const actionReference = (n: number): string => `A${String(n).padStart(3, '0')}`;

export interface NewAction {
  readonly boardId: number;
  readonly title: string;
  readonly ownerPersonId: number;
  readonly dueDate: string;
  readonly areaId?: number | null;
  readonly sourceMeetingId?: number | null;
  readonly sourceAgendaItemId?: number | null;
  readonly status?: ActionStatus;
}

const COLUMNS = `a.id, a.board_id AS boardId, a.number, a.reference, a.title, a.owner_person_id AS ownerPersonId,
  p.name AS ownerName, p.organisation AS ownerOrganisation, a.due_date AS dueDate, a.status, a.area_id AS areaId,
  a.source_meeting_id AS sourceMeetingId, a.source_agenda_item_id AS sourceAgendaItemId, a.completed_on AS completedOn,
  a.impact_note AS impactNote, a.evidence_links AS evidenceLinks, a.created_at AS createdAt`;
const FROM = 'FROM actions a JOIN people p ON p.id = a.owner_person_id';
const DONE: readonly ActionStatus[] = ['complete', 'closed', 'superseded'];

type ActionRow = Omit<Action, 'evidenceLinks'> & { evidenceLinks: string };
const toAction = (row: ActionRow | undefined): Action | undefined => row && { ...row, evidenceLinks: JSON.parse(row.evidenceLinks) as string[] };

/** Actions, their progress updates and due-date changes: the action and impact log. */
export function actionsRepository(db: Db, audit: AuditTrail) {
  const next = db.prepare<[number], { n: number }>('SELECT coalesce(max(number), 0) + 1 AS n FROM actions WHERE board_id = ?');
  const insert = db.prepare<
    [number, number, string, string, number, string, ActionStatus, number | null, number | null, number | null],
    { id: number }
  >(
    `INSERT INTO actions (board_id, number, reference, title, owner_person_id, due_date, status, area_id, source_meeting_id, source_agenda_item_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const byIdRaw = db.prepare<[number], ActionRow>(`SELECT ${COLUMNS} ${FROM} WHERE a.id = ?`);
  const byId = { get: (id: number): Action | undefined => toAction(byIdRaw.get(id)) };
  const setImpact = db.prepare<[string, string, number]>('UPDATE actions SET impact_note = ?, evidence_links = ? WHERE id = ?');
  const setStatus = db.prepare<[ActionStatus, string | null, number]>('UPDATE actions SET status = ?, completed_on = ? WHERE id = ?');
  const setDue = db.prepare<[string, number]>('UPDATE actions SET due_date = ? WHERE id = ?');
  const insertUpdate = db.prepare<[number, string, string, ActionStatus, string, number | null], { id: number }>(
    'INSERT INTO action_updates (action_id, update_date, note, status, recorded_by, meeting_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertDueChange = db.prepare<[number, string, string, string, string, number | null]>(
    'INSERT INTO action_due_date_changes (action_id, from_date, to_date, reason, changed_by, meeting_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updates = db.prepare<[number], ActionUpdate>(
    `SELECT id, action_id AS actionId, update_date AS updateDate, note, status, recorded_by AS recordedBy, meeting_id AS meetingId
       FROM action_updates WHERE action_id = ? ORDER BY update_date, id`,
  );
  const dueChanges = db.prepare<[number], DueDateChange>(
    `SELECT id, action_id AS actionId, from_date AS fromDate, to_date AS toDate, reason, changed_by AS changedBy,
            meeting_id AS meetingId, changed_at AS changedAt FROM action_due_date_changes WHERE action_id = ? ORDER BY id`,
  );
  // One prepared statement per shape of filter, made on first use.
  const logStatements = new Map<string, ReturnType<Db['prepare']>>();

  const boardUpdates = db.prepare<[number], ActionUpdate>(
    `SELECT u.id, u.action_id AS actionId, u.update_date AS updateDate, u.note, u.status, u.recorded_by AS recordedBy, u.meeting_id AS meetingId
       FROM action_updates u JOIN actions a ON a.id = u.action_id WHERE a.board_id = ? ORDER BY u.update_date, u.id`,
  );
  const boardDueChanges = db.prepare<[number], DueDateChange>(
    `SELECT c.id, c.action_id AS actionId, c.from_date AS fromDate, c.to_date AS toDate, c.reason, c.changed_by AS changedBy,
            c.meeting_id AS meetingId, c.changed_at AS changedAt
       FROM action_due_date_changes c JOIN actions a ON a.id = c.action_id WHERE a.board_id = ? ORDER BY c.id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM actions WHERE id = ?');
  const createdAt = db.prepare<[number], ActionUpdate>(
    `SELECT id, action_id AS actionId, update_date AS updateDate, note, status, recorded_by AS recordedBy, meeting_id AS meetingId
       FROM action_updates WHERE meeting_id = ? ORDER BY id`,
  );
  const deleteUpdate = db.prepare<[number]>('DELETE FROM action_updates WHERE id = ?');
  const restoreStatus = db.prepare<[ActionStatus, string | null, number]>('UPDATE actions SET status = ?, completed_on = ? WHERE id = ?');
  const updateById = db.prepare<[number], ActionUpdate>(
    `SELECT id, action_id AS actionId, update_date AS updateDate, note, status, recorded_by AS recordedBy, meeting_id AS meetingId
       FROM action_updates WHERE id = ?`,
  );
  const createdInMeeting = db.prepare<[number], ActionRow>(`SELECT ${COLUMNS} ${FROM} WHERE a.source_meeting_id = ? ORDER BY a.number`);
  const actionOf = (id: number): Action => {
    const action = byId.get(id);
    if (!action) throw new Error(`No action ${id}`);
    return action;
  };

  return {
    create: db.transaction((a: NewAction, actor: string): Action => {
      const number = next.get(a.boardId)!.n;
      const reference = actionReference(number);
      const id = insert.get(a.boardId, number, reference, a.title, a.ownerPersonId, a.dueDate, a.status ?? 'open', a.areaId ?? null, a.sourceMeetingId ?? null, a.sourceAgendaItemId ?? null)!.id;
      const action = byId.get(id)!;
      audit.record({ actor, boardId: a.boardId, entity: 'action', entityId: id, event: 'action_created', summary: `${reference} “${a.title}” assigned to ${action.ownerName}, due ${a.dueDate}` });
      return action;
    }),
    /** A progress update; it may change the status, which is audited. */
    addUpdate: db.transaction(
      (u: { actionId: number; updateDate: string; note: string; status: ActionStatus; meetingId: number | null }, actor: string): number => {
        const action = actionOf(u.actionId);
        const id = insertUpdate.get(u.actionId, u.updateDate, u.note, u.status, actor, u.meetingId)!.id;
        if (u.status !== action.status) {
          setStatus.run(u.status, DONE.includes(u.status) ? (action.completedOn ?? u.updateDate) : null, u.actionId);
          audit.record({
            actor, boardId: action.boardId, entity: 'action', entityId: action.id, event: 'action_status_changed',
            summary: `${action.reference} status ${action.status} → ${u.status}`,
            details: { from: action.status, to: u.status, note: u.note, meetingId: u.meetingId },
          });
        }
        return id;
      },
    ),
    /** Moves the due date; a reason is required, and the change is kept and audited. */
    changeDueDate: db.transaction(
      (c: { actionId: number; toDate: string; reason: string; meetingId: number | null }, actor: string): void => {
        const action = actionOf(c.actionId);
        if (action.dueDate === c.toDate) return;
        insertDueChange.run(c.actionId, action.dueDate, c.toDate, c.reason, actor, c.meetingId);
        setDue.run(c.toDate, c.actionId);
        audit.record({
          actor, boardId: action.boardId, entity: 'action', entityId: action.id, event: 'action_due_date_changed',
          summary: `${action.reference} due date ${action.dueDate} → ${c.toDate}: ${c.reason}`,
          details: { from: action.dueDate, to: c.toDate, reason: c.reason, meetingId: c.meetingId },
        });
      },
    ),
    action: (id: number): Action | undefined => byId.get(id),
    createdInMeeting: (meetingId: number): Action[] => createdInMeeting.all(meetingId).map((row) => toAction(row)!),
    /** The action's impact for children, young people and families, with links to evidence. */
    setImpact: db.transaction((id: number, impactNote: string, evidenceLinks: readonly string[], actor: string): void => {
      const action = actionOf(id);
      setImpact.run(impactNote, JSON.stringify(evidenceLinks), id);
      audit.record({ actor, boardId: action.boardId, entity: 'action', entityId: id, event: 'action_impact_recorded', summary: `${action.reference} impact recorded`, details: { impactNote, evidenceLinks } });
    }),
    update: (updateId: number): ActionUpdate | undefined => updateById.get(updateId),
    /** Every action's history for a board, by action, in two queries (the log shows them all). */
    historyForBoard: (boardId: number) => {
      const group = <T extends { actionId: number }>(rows: T[]) => {
        const byAction = new Map<number, T[]>();
        for (const row of rows) {
          const list = byAction.get(row.actionId);
          if (list) list.push(row);
          else byAction.set(row.actionId, [row]);
        }
        return byAction;
      };
      return { updates: group(boardUpdates.all(boardId)), dueDateChanges: group(boardDueChanges.all(boardId)) };
    },
    updatesAtMeeting: (meetingId: number): ActionUpdate[] => createdAt.all(meetingId),
    /** Takes back an action created by mistake (undo in the meeting); the audit trail keeps both. */
    withdraw: db.transaction((id: number, actor: string): void => {
      const action = actionOf(id);
      remove.run(id);
      audit.record({ actor, boardId: action.boardId, entity: 'action', entityId: id, event: 'action_withdrawn', summary: `${action.reference} “${action.title}” withdrawn (created by mistake)` });
    }),
    /** Takes back a progress update (undo), putting the action's status back as it was. */
    withdrawUpdate: db.transaction((updateId: number, previousStatus: ActionStatus, previousCompletedOn: string | null, actor: string): void => {
      const update = updateById.get(updateId);
      if (!update) throw new Error(`No update ${updateId}`);
      const action = actionOf(update.actionId);
      deleteUpdate.run(updateId);
      restoreStatus.run(previousStatus, previousCompletedOn, action.id);
      audit.record({ actor, boardId: action.boardId, entity: 'action', entityId: action.id, event: 'action_update_withdrawn', summary: `${action.reference} update withdrawn; status back to ${previousStatus}` });
    }),
    updates: (actionId: number): ActionUpdate[] => updates.all(actionId),
    dueDateChanges: (actionId: number): DueDateChange[] => dueChanges.all(actionId),
    /** The action log with filters, soonest due first. */
    log(filter: ActionFilter): Action[] {
      const { sql, params } = actionLogQuery(filter);
      let statement = logStatements.get(sql);
      if (!statement) logStatements.set(sql, (statement = db.prepare(sql)));
      return (statement.all(params) as ActionRow[]).map((row) => toAction(row)!);
    },
  };
}

/** The SQL and parameters of the action log for a filter (exported so a test can check its query plan). */
export function actionLogQuery(filter: ActionFilter): { sql: string; params: Record<string, unknown> } {
  const where = ['a.board_id = @boardId'];
  const params: Record<string, unknown> = { boardId: filter.boardId, limit: filter.limit ?? 500 };
  const add = (condition: string, values: Record<string, unknown> = {}) => {
    where.push(condition);
    Object.assign(params, values);
  };
  if (filter.statuses?.length) {
    const names = filter.statuses.map((_, i) => `@s${i}`);
    add(`a.status IN (${names.join(', ')})`, Object.fromEntries(filter.statuses.map((s, i) => [`s${i}`, s])));
  }
  if (filter.areaId !== undefined) add('a.area_id = @areaId', { areaId: filter.areaId });
  if (filter.ownerPersonId !== undefined) add('a.owner_person_id = @owner', { owner: filter.ownerPersonId });
  if (filter.organisation !== undefined) add('p.organisation = @organisation', { organisation: filter.organisation });
  if (filter.dueFrom !== undefined) add('a.due_date >= @dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo !== undefined) add('a.due_date <= @dueTo', { dueTo: filter.dueTo });
  if (filter.overdueOn !== undefined) add("a.status IN ('open', 'in_progress') AND a.due_date < @overdueOn", { overdueOn: filter.overdueOn });
  return { sql: `SELECT ${COLUMNS} ${FROM} WHERE ${where.join(' AND ')} ORDER BY a.due_date, a.number LIMIT @limit`, params };
}

export type ActionsRepository = ReturnType<typeof actionsRepository>;
