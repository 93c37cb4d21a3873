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
    start: londonInstant(invitation.date, invitation.startTime),
    end: londonInstant(invitation.date, invitation.endTime),
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
  return calendar.toString();
}
