// The running clock of an agenda: each item's start time from the meeting's start and
// the time allowed for the items before it.

export interface TimedItem {
  readonly minutesAllowed: number;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface AgendaTiming {
  /** 'HH:MM' start of each item, in order. */
  readonly starts: readonly string[];
  /** When the last item would end. */
  readonly endsAt: string;
  /** Minutes past the meeting's planned end (0 if it fits). */
  readonly overrunMinutes: number;
}

export function agendaTiming(meetingStart: string, meetingEnd: string, items: readonly TimedItem[]): AgendaTiming {
  let clock = toMinutes(meetingStart);
  const starts = items.map((item) => {
    const start = toClock(clock);
    clock += item.minutesAllowed;
    return start;
  });
  return { starts, endsAt: toClock(clock), overrunMinutes: Math.max(0, clock - toMinutes(meetingEnd)) };
}
