import { z } from 'zod';
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
}

export const NewBoardInput = z.strictObject({
  name: requiredText('Board name', LIMITS.name),
});
export type NewBoard = z.output<typeof NewBoardInput>;
