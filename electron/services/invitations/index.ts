import Papa from 'papaparse';
import type { Handlers } from '../../../shared/api/contract';
import { formatInstant, formatLongDate, formatTimeRange } from '../../../shared/dates';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { complianceOf, meetingPlan } from '../meetingPlan';
import { calendarFile } from './calendarFile';
import { emailDraft } from './emailDraft';

type InvitationHandlers = Pick<Handlers, 'produceInvitations' | 'markInvitationsSent' | 'getInvitationsRecord' | 'exportInvitationsRecord'>;

/** Safe in a file name on Windows, macOS and Linux. */
export const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);

/** Who a meeting's emails go to (the board's members with an email address), who is left out and why, and who sends them. */
export function meetingInvitees(ctx: ServiceContext, meetingId: number) {
  const { repos } = ctx;
  const meeting = ctx.meeting(meetingId);
  const organiser = { name: repos.settings.userName(), email: repos.settings.userEmail() };
  if (!organiser.email) {
    throw new ServiceError('invalid_input', 'Add your email address in Settings first: invitations are sent from it and replies come back to it.');
  }
  const members = repos.people.members(meeting.boardId);
  const invited = members.filter((m) => m.person.email !== '');
  const skipped = members.filter((m) => m.person.email === '').map((m) => ({ name: m.person.name, reason: 'no email address' }));
  if (invited.length === 0) throw new ServiceError('invalid_input', 'Nobody on this board has an email address yet, so no invitation can be made.');
  return { meeting, organiser, invited, skipped };
}

/** The meeting request (.ics) for the invitees, and who could not be invited. */
export function meetingRequest(ctx: ServiceContext, meetingId: number, sequenceFor: (meetingId: number) => number) {
  const { repos } = ctx;
  const { meeting, organiser, invited, skipped } = meetingInvitees(ctx, meetingId);

  const when = `${formatLongDate(meeting.date)}, ${formatTimeRange(meeting.startTime, meeting.endTime)}`;
  const description = [
    `${meeting.title}`,
    when,
    meeting.place ? `Place: ${meeting.place}` : '',
    '',
    'The agenda and papers will follow with the meeting pack.',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');
  // Taken only once the request can be made, so a refused one does not use up a SEQUENCE.
  const sequence = sequenceFor(meetingId);
  const calendar = calendarFile({
    uid: `meeting-${meetingId}.${repos.settings.instanceId()}@quorate`,
    sequence,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    description,
    organiser,
    attendees: invited.map((m) => ({ name: m.person.name, email: m.person.email })),
    stamp: ctx.now(),
  });
  return { meeting, organiser, invited, skipped, when, calendar, sequence };
}

/** Invitations: the .ics and the .eml draft, and the record that proves who was invited. */
export function invitationServices(ctx: ServiceContext): InvitationHandlers {
  const { repos, db } = ctx;

  return {
    produceInvitations: async ({ meetingId }) => {
      const { meeting, organiser, invited, skipped, when, calendar, sequence } = meetingRequest(ctx, meetingId, repos.meetings.nextCalendarSequence);
      const baseName = fileSafe(`${meeting.title} ${meeting.date}`);
      const email = await emailDraft({
        from: organiser,
        to: invited.map((m) => ({ name: m.person.name, email: m.person.email })),
        subject: `${sequence > 0 ? 'Updated invitation' : 'Invitation'}: ${meeting.title}, ${when}`,
        text: [
          'Dear colleagues,',
          '',
          `You are invited to the ${meeting.title} on ${when}${meeting.place ? `, at ${meeting.place}` : ''}.`,
          '',
          'The meeting request is attached. The agenda and papers will follow with the meeting pack.',
          '',
          'Kind regards,',
          organiser.name,
        ].join('\n'),
        calendar,
        calendarFileName: `${baseName}.ics`,
        date: ctx.now(),
      });

      db.transaction(() => {
        for (const m of invited) repos.invitations.record({ meetingId, personId: m.person.id, method: 'email_and_calendar', sentAt: null }, ctx.actor());
      })();
      return {
        calendar: { fileName: `${baseName}.ics`, mediaType: 'text/calendar', content: Buffer.from(calendar, 'utf8') },
        email: { fileName: `${baseName} invitation.eml`, mediaType: 'message/rfc822', content: email },
        invited: invited.map((m) => m.person.name),
        skipped,
        plan: meetingPlan(ctx, meetingId),
      };
    },
    markInvitationsSent: ({ meetingId, personIds }) => {
      ctx.meeting(meetingId);
      const marked = repos.invitations.markSent(meetingId, personIds, ctx.now().toISOString(), ctx.actor());
      if (marked === 0) throw new ServiceError('conflict', 'There is no unsent invitation for those people: produce the invitations first.');
      return meetingPlan(ctx, meetingId);
    },
    getInvitationsRecord: ({ boardId }) => {
      ctx.board(boardId);
      const board = { members: repos.people.members(boardId), roles: repos.people.statutoryRoles(boardId) };
      return repos.meetings.forBoard(boardId).map((m) => ({ meetingId: m.id, date: m.date, title: m.title, compliance: complianceOf(ctx, boardId, m.id, board) }));
    },
    exportInvitationsRecord: ({ boardId }) => {
      const board = ctx.board(boardId);
      const people = { members: repos.people.members(boardId), roles: repos.people.statutoryRoles(boardId) };
      const rows = repos.meetings.forBoard(boardId).flatMap((m) =>
        complianceOf(ctx, boardId, m.id, people).invitees.map((i) => ({
          'Meeting date': m.date,
          Meeting: m.title,
          'Statutory invitee': i.roleTitle,
          'Held by': i.personName ?? '(nobody)',
          Invitation: { sent: 'Sent', drafted: 'Drafted, not confirmed sent', not_invited: 'Not invited', no_holder: 'Nobody to invite' }[i.state],
          'Produced (UK time)': i.producedAt ? formatInstant(i.producedAt) : '',
          'Sent (UK time)': i.sentAt ? formatInstant(i.sentAt) : '',
        })),
      );
      // escapeFormulae: a cell starting with = + - @ cannot run as a formula in Excel.
      const csv = Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
      return { fileName: `${fileSafe(board.name)} invitations record.csv`, mediaType: 'text/csv', content: Buffer.from(`\uFEFF${csv}`, 'utf8') };
    },
  };
}
