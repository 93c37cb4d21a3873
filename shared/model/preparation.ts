import type { AgendaItem, Paper } from './agenda';
import type { Action } from './action';
import type { AreaOfConcern, Board, Notice, TermsOfReference } from './board';
import type { Meeting } from './meeting';
import type { Membership, Person, StatutoryRole } from './people';
import type { AgendaTiming } from '../rules/agendaClock';
import type { MeetingCompliance } from '../rules/compliance';

// What the "before the meeting" screens show, as the services assemble it.

export interface AreaWithLead extends AreaOfConcern {
  readonly leadPersonId: number | null;
}

export interface BoardSetup {
  readonly board: Board;
  readonly notice: Notice;
  readonly terms: TermsOfReference;
  readonly papersDueWorkingDays: number;
  readonly packDueWorkingDays: number;
  readonly areas: readonly AreaWithLead[];
  readonly members: readonly Membership[];
  readonly statutoryRoles: readonly StatutoryRole[];
}

export interface Deadline {
  /** 'YYYY-MM-DD', or null if none is set. */
  readonly date: string | null;
  /** Working days from today: positive ahead, negative past. */
  readonly workingDaysLeft: number | null;
}

export interface PlannedItem extends AgendaItem {
  /** 'HH:MM' on the running clock. */
  readonly startTime: string;
  readonly papers: readonly Paper[];
  readonly presenterName: string | null;
}

export interface InviteeRow {
  readonly person: Person;
  readonly role: string;
  readonly statutoryRoleTitle: string | null;
  readonly producedAt: string | null;
  readonly sentAt: string | null;
}

export interface MissingPapers {
  readonly presenterName: string;
  readonly items: readonly { readonly itemId: number; readonly number: string; readonly title: string }[];
}

export interface MeetingPlan {
  readonly meeting: Meeting & { readonly papersDeadline: string | null; readonly packDeadline: string | null };
  readonly boardName: string;
  readonly items: readonly PlannedItem[];
  readonly timing: AgendaTiming;
  readonly papersDeadline: Deadline;
  readonly packDeadline: Deadline;
  /** Open and overdue actions, shown under the action-log item. */
  readonly mattersArising: readonly (Action & { readonly overdue: boolean })[];
  readonly compliance: MeetingCompliance;
  readonly invitees: readonly InviteeRow[];
  readonly missingPapers: readonly MissingPapers[];
  readonly people: readonly Person[];
  readonly areas: readonly AreaOfConcern[];
  /** The board's meeting before this one (to copy its agenda, and approve its minutes here). */
  readonly previousMeetingId: number | null;
}

export interface SeriesPreview {
  readonly description: string;
  readonly meetings: readonly { readonly date: string; readonly papersDeadline: string; readonly packDeadline: string }[];
}

export interface InvitationsProduced {
  readonly calendar: { readonly fileName: string; readonly mediaType: string; readonly content: Uint8Array };
  readonly email: { readonly fileName: string; readonly mediaType: string; readonly content: Uint8Array };
  readonly invited: readonly string[];
  /** People who could not be invited, and why (e.g. no email address). */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  readonly plan: MeetingPlan;
}

export interface InvitationsRecordRow {
  readonly meetingId: number;
  readonly date: string;
  readonly title: string;
  readonly compliance: MeetingCompliance;
}

export interface Settings {
  /** Named in the audit trail and as the organiser of invitations. */
  readonly userName: string;
  readonly userEmail: string;
}
