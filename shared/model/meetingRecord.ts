// What is recorded at and after a meeting: invitations, attendance, minutes, decisions.

export const INVITATION_METHODS = ['email_draft', 'calendar_file', 'email_and_calendar', 'other'] as const;
export type InvitationMethod = (typeof INVITATION_METHODS)[number];
export const INVITATION_RESPONSES = ['none', 'accepted', 'declined', 'tentative'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

export interface Invitation {
  readonly id: number;
  readonly meetingId: number;
  readonly personId: number;
  readonly method: InvitationMethod;
  readonly producedAt: string;
  readonly sentAt: string | null;
  readonly response: InvitationResponse;
}

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface Attendance {
  readonly meetingId: number;
  readonly personId: number;
  readonly status: AttendanceStatus;
  /** Attending as the named deputy of this person. */
  readonly deputyForPersonId: number | null;
  readonly arrivedLate: boolean;
  readonly leftEarly: boolean;
}

export const MINUTES_STATUSES = ['draft', 'circulated', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export interface Minutes {
  readonly id: number;
  readonly meetingId: number;
  readonly status: MinutesStatus;
  readonly circulatedAt: string | null;
  readonly approvedAt: string | null;
  readonly approvedAtMeetingId: number | null;
  readonly entries: readonly { readonly agendaItemId: number; readonly text: string; readonly updatedAt: string }[];
  readonly corrections: readonly MinutesCorrection[];
}

export interface MinutesCorrection {
  readonly id: number;
  readonly agendaItemId: number | null;
  readonly correction: string;
  readonly reason: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly agreedAtMeetingId: number | null;
}

export interface Decision {
  readonly id: number;
  readonly boardId: number;
  readonly number: number;
  /** e.g. "D017": the board's running number. */
  readonly reference: string;
  readonly meetingId: number;
  readonly agendaItemId: number | null;
  readonly text: string;
  readonly recordedAt: string;
}
