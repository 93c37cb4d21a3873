import { z } from 'zod';
import { isCalendarDate, isClockTime } from '../dates';
import { LIMITS, optionalText, recordId, requiredText } from './text';

// The order a meeting moves through; later issues add the transitions.
export const MEETING_STATUSES = ['planned', 'pack_circulated', 'held', 'minutes_approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planned',
  pack_circulated: 'Pack circulated',
  held: 'Held',
  minutes_approved: 'Minutes approved',
};

export interface Meeting {
  readonly id: number;
  readonly boardId: number;
  readonly title: string;
  /** 'YYYY-MM-DD', Europe/London */
  readonly date: string;
  /** 'HH:MM', Europe/London wall time */
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
  readonly status: MeetingStatus;
}

const meetingDate = z
  .string({ error: 'Date must be text' })
  .refine(isCalendarDate, { error: 'Date must be a real date written as YYYY-MM-DD' });
const clockTime = (what: string) =>
  z.string({ error: `${what} must be text` }).refine(isClockTime, { error: `${what} must be a time written as HH:MM` });

export const NewMeetingInput = z
  .strictObject({
    boardId: recordId('Board'),
    title: requiredText('Meeting title', LIMITS.name),
    date: meetingDate,
    startTime: clockTime('Start time'),
    endTime: clockTime('End time'),
    place: optionalText('Place', LIMITS.place),
  })
  .refine((m) => m.endTime > m.startTime, { error: 'The meeting must end after it starts', path: ['endTime'] });
export type NewMeeting = z.output<typeof NewMeetingInput>;
