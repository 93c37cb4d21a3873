import { z } from 'zod';
import { MEMBER_ROLES, SECTORS } from './people';
import { LIMITS, requiredText } from './text';

/** An improvement board (or one of its sub-groups) whose meetings the secretary runs. */
export interface Board {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly meetingCount: number;
  /** The date of the next planned meeting from today (Europe/London), if any. */
  readonly nextMeetingDate: string | null;
}

export const AREA_STATUSES = ['active', 'business_as_usual'] as const;
export type AreaStatus = (typeof AREA_STATUSES)[number];

/** One of the improvement plan's areas of concern (e.g. the ten Wirral WSoA areas). */
export interface AreaOfConcern {
  readonly id: number;
  readonly boardId: number;
  readonly position: number;
  readonly title: string;
  readonly status: AreaStatus;
  /** When it moved to business as usual, and at which meeting (if recorded). */
  readonly businessAsUsualOn?: string | null;
  readonly businessAsUsualMeetingId?: number | null;
}

export const NewBoardInput = z.strictObject({
  name: requiredText('Board name', LIMITS.name),
});
export type NewBoard = z.output<typeof NewBoardInput>;

export const NOTICE_KINDS = ['send', 'childrens_services'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What the board answers to: the Improvement Notice. */
export interface Notice {
  readonly kind: NoticeKind | null;
  readonly issuer: string;
  /** 'YYYY-MM-DD' */
  readonly date: string | null;
}

/**
 * A quorum rule the app can apply, e.g. "4 members including the chair or vice-chair and
 * one health representative" → at least 4, one of [chair, vice_chair], one from health.
 */
export const QuorumRuleSchema = z.strictObject({
  minimumMembers: z.number().int().min(1).max(100),
  requirements: z
    .array(
      z.strictObject({
        description: z.string().max(200),
        atLeast: z.number().int().min(1).max(100),
        anyOfRoles: z.array(z.enum(MEMBER_ROLES)).optional(),
        sector: z.enum(SECTORS).optional(),
      }),
    )
    .max(10),
});
export type QuorumRule = z.output<typeof QuorumRuleSchema>;

export interface TermsOfReference {
  /** As written, e.g. "Monthly". */
  readonly meetingFrequency: string;
  /** As written in the terms of reference. */
  readonly quorumRuleText: string;
  readonly quorumRule: QuorumRule | null;
}
