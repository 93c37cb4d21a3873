export const ACTION_STATUSES = ['open', 'in_progress', 'complete', 'closed', 'superseded'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  complete: 'Complete',
  closed: 'Closed',
  superseded: 'Superseded',
};

/** Statuses in which an action still needs doing. */
export const LIVE_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export interface Action {
  readonly id: number;
  readonly boardId: number;
  readonly number: number;
  /** e.g. "A042" */
  readonly reference: string;
  readonly title: string;
  readonly ownerPersonId: number;
  readonly ownerName: string;
  readonly ownerOrganisation: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly areaId: number | null;
  readonly sourceMeetingId: number | null;
  readonly sourceAgendaItemId: number | null;
  readonly completedOn: string | null;
  readonly impactNote: string;
  /** Links to the evidence of impact (https only). */
  readonly evidenceLinks: readonly string[];
  readonly createdAt: string;
}

export interface ActionUpdate {
  readonly id: number;
  readonly actionId: number;
  readonly updateDate: string;
  readonly note: string;
  readonly status: ActionStatus;
  readonly recordedBy: string;
  readonly meetingId: number | null;
}

export interface DueDateChange {
  readonly id: number;
  readonly actionId: number;
  readonly fromDate: string;
  readonly toDate: string;
  readonly reason: string;
  readonly changedBy: string;
  readonly meetingId: number | null;
  readonly changedAt: string;
}

export interface ActionFilter {
  readonly boardId: number;
  readonly statuses?: readonly ActionStatus[];
  readonly areaId?: number;
  readonly ownerPersonId?: number;
  readonly organisation?: string;
  readonly dueFrom?: string;
  readonly dueTo?: string;
  /** Live actions whose due date is before this date. */
  readonly overdueOn?: string;
  readonly limit?: number;
}
