import type { ActionLogRow, Dashboard, RiskRegister } from '../api/trackingCalls';
import type { Paper } from './agenda';
import type { LiveMeeting } from './liveMeeting';
import type { Decision } from './meetingRecord';
import type { Meeting } from './meeting';
import type { PlannedItem } from './preparation';

// The meeting pack: what it holds, in the order it is printed. The print view and the
// assembler that merges papers in both read the section list from `packSections`, so the
// contents page, the bookmarks and the page numbers name the same things.

export type PackVariant = 'confidential' | 'public';

export const PACK_MARKINGS: Record<PackVariant, string> = {
  confidential: 'CONFIDENTIAL — not for publication',
  public: 'PUBLIC',
};

/** A paper as the pack prints it: its own pages follow a cover sheet naming its item. */
export interface PackPaper extends Paper {
  readonly itemNumber: string;
  readonly itemTitle: string;
}

/** A Part II item left out of the public pack, and why (its title is left out too). */
export interface WithheldItem {
  readonly number: string;
  readonly reason: string;
}

export interface PackContent {
  readonly variant: PackVariant;
  readonly boardName: string;
  readonly meeting: Meeting;
  /** 'YYYY-MM-DD' (Europe/London): the day the pack was produced. */
  readonly producedOn: string;
  readonly items: readonly PlannedItem[];
  readonly withheld: readonly WithheldItem[];
  /** The last meeting of the board before this one: attendance and minutes (public variant: confidential items' words removed). */
  readonly lastMeeting: LiveMeeting | null;
  /** Live actions, and those completed since the last meeting. */
  readonly actions: readonly ActionLogRow[];
  /** Decisions recorded at the last meeting (and any since). */
  readonly decisions: readonly (Decision & { readonly meetingDate: string; readonly itemNumber: string | null })[];
  readonly risks: RiskRegister;
  /** Null when the board has no metrics yet. */
  readonly dashboard: Dashboard | null;
  readonly papers: readonly PackPaper[];
}

export type PackSectionKind = 'cover' | 'contents' | 'agenda' | 'attendance' | 'minutes' | 'actions' | 'decisions' | 'risks' | 'dashboard' | 'paper';

export interface PackSection {
  /** Unique in the pack: 'agenda', 'paper-12', … */
  readonly key: string;
  readonly kind: PackSectionKind;
  /** The section's heading, also its bookmark and its line on the contents page. */
  readonly title: string;
  /** For a paper's cover sheet: the paper. */
  readonly paperId?: number;
}

export const paperSectionKey = (paperId: number) => `paper-${paperId}`;

export function paperCoverTitle(paper: PackPaper): string {
  return `Item ${paper.itemNumber}: ${paper.title}`;
}

/** The pack's sections in print order. Every section starts on a new page with one top-level heading. */
export function packSections(content: PackContent): PackSection[] {
  const last = content.lastMeeting;
  const sections: PackSection[] = [
    { key: 'cover', kind: 'cover', title: content.meeting.title },
    { key: 'contents', kind: 'contents', title: 'Contents' },
    { key: 'agenda', kind: 'agenda', title: 'Agenda' },
  ];
  if (last) {
    sections.push({ key: 'attendance', kind: 'attendance', title: 'Attendance at the last meeting' });
    sections.push({ key: 'minutes', kind: 'minutes', title: 'Minutes of the last meeting' });
  }
  sections.push(
    { key: 'actions', kind: 'actions', title: 'Action and impact log' },
    { key: 'decisions', kind: 'decisions', title: 'Decisions since the last meeting' },
    { key: 'risks', kind: 'risks', title: 'Risk register' },
  );
  if (content.dashboard) sections.push({ key: 'dashboard', kind: 'dashboard', title: 'Improvement plan dashboard' });
  for (const paper of content.papers) sections.push({ key: paperSectionKey(paper.id), kind: 'paper', title: paperCoverTitle(paper), paperId: paper.id });
  return sections;
}

/** Page numbers for the contents page: the section's first page, or for a paper its own first page. */
export type PackPageNumbers = Readonly<Record<string, number>>;

/** Words for the minutes' state, as printed on them. */
export function minutesStateLabel(status: 'draft' | 'circulated' | 'approved' | null): string {
  if (status === 'approved') return 'Approved';
  if (status === 'circulated') return 'DRAFT — circulated, to be approved at this meeting';
  return 'DRAFT — not yet approved';
}

/** A print view sets <html data-print-state> to one of these, so a printer knows when to print. */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';
/** The event a print view listens for, with the contents page numbers as its detail. */
export const PAGE_NUMBERS_EVENT = 'quorate:page-numbers';
/** Set on <html data-page-numbers> once the view shows the numbers it was sent (their count, as text). */
export const PAGE_NUMBERS_ATTRIBUTE = 'data-page-numbers';
