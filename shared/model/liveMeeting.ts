import type { Action, ActionUpdate } from './action';
import type { Decision, Minutes } from './meetingRecord';
import type { AttendanceStatus } from './meetingRecord';
import type { MemberRole, Person, Sector } from './people';
import type { MeetingPlan } from './preparation';
import type { QuorumResult } from '../rules/quorum';

// What the secretary sees in the room: the agenda, attendance and quorum, the minutes
// item by item, and what has been decided and agreed.

export interface AttendanceRow {
  readonly person: Person;
  readonly role: MemberRole;
  readonly sector: Sector;
  /** null until marked. */
  readonly status: AttendanceStatus | null;
  readonly deputyForPersonId: number | null;
  readonly arrivedLate: boolean;
  readonly leftEarly: boolean;
}

export interface LiveMeeting {
  readonly plan: MeetingPlan;
  readonly attendance: readonly AttendanceRow[];
  readonly quorum: QuorumResult;
  readonly minutes: Minutes | null;
  readonly decisions: readonly Decision[];
  /** Actions agreed at this meeting. */
  readonly newActions: readonly Action[];
  /** Progress updates to existing actions recorded at this meeting. */
  readonly actionUpdates: readonly (ActionUpdate & { readonly reference: string; readonly title: string })[];
  /** The previous meeting's minutes, to be approved under "Minutes of the last meeting". */
  readonly previousMinutes: { readonly meetingId: number; readonly date: string; readonly status: Minutes['status'] | null } | null;
  /** Minutes can still be written (not yet approved). */
  readonly minutesEditable: boolean;
}

export interface MinutesSaved {
  readonly agendaItemId: number;
  readonly savedAt: string;
  readonly length: number;
}

/** A person as the minutes name them: "Name, Job title (Organisation)". */
export function minutesName(row: AttendanceRow): string {
  const { name, jobTitle, organisation } = row.person;
  return `${name}${jobTitle ? `, ${jobTitle}` : ''}${organisation ? ` (${organisation})` : ''}`;
}

/**
 * Who the minutes list as present (members: chair, vice-chair, member), in attendance
 * (advisers, officers and observers who came) and as sending apologies, each as named.
 */
export function minutesAttendance(attendance: readonly AttendanceRow[]) {
  const isMember = (a: AttendanceRow) => a.role === 'chair' || a.role === 'vice_chair' || a.role === 'member';
  return {
    present: attendance.filter((a) => a.status === 'present' && isMember(a)).map(minutesName),
    inAttendance: attendance.filter((a) => a.status === 'present' && !isMember(a)).map(minutesName),
    apologies: attendance.filter((a) => a.status === 'apologies').map(minutesName),
  };
}
