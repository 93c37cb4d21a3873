export const ITEM_PURPOSES = ['decision', 'discussion', 'assurance', 'information'] as const;
export type ItemPurpose = (typeof ITEM_PURPOSES)[number];

export interface AgendaItem {
  readonly id: number;
  readonly meetingId: number;
  readonly position: number;
  /** As printed on the agenda: "1", "2", … (renumbered when items move). */
  readonly number: string;
  readonly title: string;
  readonly presenterPersonId: number | null;
  readonly purpose: ItemPurpose;
  readonly minutesAllowed: number;
  /** A Part II item, not for publication; `confidentialReason` says why. */
  readonly confidential: boolean;
  readonly confidentialReason: string;
  readonly areaId: number | null;
  readonly standingKind: string;
  /** A paper is expected for this item (so a missing one is flagged before the deadline). */
  readonly paperExpected: boolean;
}

export type NewAgendaItem = Omit<AgendaItem, 'id' | 'position' | 'number' | 'meetingId' | 'paperExpected'> & { readonly paperExpected?: boolean };

export const PAPER_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type PaperMediaType = (typeof PAPER_MEDIA_TYPES)[keyof typeof PAPER_MEDIA_TYPES];

export interface Paper {
  readonly id: number;
  readonly agendaItemId: number;
  /** Shared by every version of the same paper. */
  readonly lineageId: number;
  readonly version: number;
  readonly title: string;
  readonly author: string;
  readonly fileName: string;
  readonly mediaType: PaperMediaType;
  readonly sha256: string;
  readonly byteSize: number;
  readonly pageCount: number | null;
  readonly addedAt: string;
}

export const ITEM_PURPOSE_LABELS: Record<ItemPurpose, string> = {
  decision: 'For decision',
  discussion: 'For discussion',
  assurance: 'For assurance',
  information: 'For information',
};
