import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { londonInstant } from '../../../shared/dates';

// An RFC 5545 meeting request. The UID is stable for the meeting and SEQUENCE rises
// with each issue, so a calendar replaces the event instead of adding a second one.

export interface CalendarInvitation {
  readonly uid: string;
  readonly sequence: number;
  readonly title: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
  readonly description: string;
  readonly organiser: { readonly name: string; readonly email: string };
  readonly attendees: readonly { readonly name: string; readonly email: string }[];
  readonly stamp: Date;
}

export function calendarFile(invitation: CalendarInvitation): string {
  const calendar = ical({
    prodId: { company: 'Quorate', product: 'Quorate', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
    timezone: { name: 'Europe/London', generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: invitation.uid,
    sequence: invitation.sequence,
    stamp: invitation.stamp,
    // TZDate carries the zone, so the file says 14:00 Europe/London whatever this machine's zone is.
    start: new TZDate(londonInstant(invitation.date, invitation.startTime).getTime(), 'Europe/London'),
    end: new TZDate(londonInstant(invitation.date, invitation.endTime).getTime(), 'Europe/London'),
    timezone: 'Europe/London',
    summary: invitation.title,
    location: invitation.place || null,
    description: invitation.description,
    organizer: { name: invitation.organiser.name, email: invitation.organiser.email },
    attendees: invitation.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  // RFC 5545 requires DTSTAMP in UTC; ical-generator writes it in the calendar's zone
  // without the Z when a calendar zone is set, so it is written here instead.
  const stamp = invitation.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return calendar.toString().replace(/^DTSTAMP:[0-9T]+Z?\r?$/m, `DTSTAMP:${stamp}\r`);
}
