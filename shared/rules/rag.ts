import type { ActionStatus } from '../model/action';

// The action log's RAG status, by written rules, with the reasons shown beside it:
//  Blue   complete, closed or superseded.
//  Red    overdue; or its due date has moved twice or more; or no progress recorded for
//         the last two meetings (nothing since the meeting before last).
//  Amber  due within 14 days with nothing recorded since the last meeting.
//  Green  otherwise: on track.

export type Rag = 'red' | 'amber' | 'green' | 'blue';

export interface RagInput {
  readonly status: ActionStatus;
  readonly dueDate: string;
  readonly createdOn: string;
  readonly dueDateChanges: number;
  /** Date of the latest progress update, if any. */
  readonly lastUpdateOn: string | null;
}

export interface RagContext {
  readonly today: string;
  /** Dates of the board's meetings held before today, oldest first. */
  readonly meetingsHeld: readonly string[];
}

export interface RagResult {
  readonly rag: Rag;
  readonly reasons: readonly string[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);

export function ragStatus(action: RagInput, { today, meetingsHeld }: RagContext): RagResult {
  if (action.status === 'complete' || action.status === 'closed' || action.status === 'superseded') {
    return { rag: 'blue', reasons: [action.status === 'complete' ? 'complete' : action.status] };
  }
  const lastActivity = action.lastUpdateOn ?? action.createdOn;
  const red: string[] = [];
  if (action.dueDate < today) red.push(`overdue by ${daysBetween(action.dueDate, today)} days`);
  if (action.dueDateChanges >= 2) red.push(`due date moved ${action.dueDateChanges} times`);
  const beforeLast = meetingsHeld.at(-2);
  if (beforeLast !== undefined && lastActivity < beforeLast && action.createdOn < beforeLast) red.push('no progress recorded at the last two meetings');
  if (red.length > 0) return { rag: 'red', reasons: red };

  const last = meetingsHeld.at(-1);
  const dueIn = daysBetween(today, action.dueDate);
  if (dueIn <= 14 && (last === undefined ? action.lastUpdateOn === null : lastActivity < last)) {
    return { rag: 'amber', reasons: [`due in ${dueIn} day${dueIn === 1 ? '' : 's'} with no update since the last meeting`] };
  }
  return { rag: 'green', reasons: ['on track'] };
}
