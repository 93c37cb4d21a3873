import type { Handlers } from '../../shared/api/contract';
import { LIVE_ACTION_STATUSES } from '../../shared/model/action';
import type { Meeting } from '../../shared/model/meeting';
import type { Deadline, MeetingPlan, MissingPapers } from '../../shared/model/preparation';
import { agendaTiming } from '../../shared/rules/agendaClock';
import { meetingCompliance } from '../../shared/rules/compliance';
import { describeSeriesRule, seriesDates } from '../../shared/rules/series';
import { workingDaysBefore, workingDaysUntil } from '../../shared/rules/workingDays';
import type { ServiceContext } from './context';

type PlanHandlers = Pick<Handlers, 'scheduleMeeting' | 'previewSeries' | 'scheduleSeries' | 'getMeetingPlan'>;

/** Deadlines for a meeting on `date`, in working days before it, from the board's terms. */
export function deadlinesFor(ctx: ServiceContext, boardId: number, date: string) {
  const lead = ctx.repos.boards.deadlineLeadDays(boardId);
  return {
    papersDeadline: workingDaysBefore(date, lead.papersDueWorkingDays, ctx.isHoliday),
    packDeadline: workingDaysBefore(date, lead.packDueWorkingDays, ctx.isHoliday),
  };
}

/**
 * Whether each statutory invitee was invited to one meeting. The invitations record asks
 * this of every meeting, so it reads only what it needs (not the whole meeting plan).
 */
export function complianceOf(
  ctx: ServiceContext,
  boardId: number,
  meetingId: number,
  known: {
    members?: ReturnType<ServiceContext['repos']['people']['members']>;
    roles?: ReturnType<ServiceContext['repos']['people']['statutoryRoles']>;
    invitations?: ReturnType<ServiceContext['repos']['invitations']['forMeeting']>;
  } = {},
) {
  const members = known.members ?? ctx.repos.people.members(boardId);
  const invitations = known.invitations ?? ctx.repos.invitations.forMeeting(meetingId);
  return meetingCompliance({
    roles: known.roles ?? ctx.repos.people.statutoryRoles(boardId),
    holders: members.filter((m) => m.statutoryRoleId !== null).map((m) => ({ roleId: m.statutoryRoleId!, personId: m.person.id, name: m.person.name })),
    invitations: invitations.map((i) => ({ personId: i.personId, producedAt: i.producedAt, sentAt: i.sentAt })),
  });
}

/** Everything the "prepare this meeting" screen shows, assembled from the record. */
export function meetingPlan(ctx: ServiceContext, meetingId: number): MeetingPlan {
  const { repos } = ctx;
  const meeting = ctx.meeting(meetingId);
  const board = ctx.board(meeting.boardId);
  const people = repos.people.allPeople();
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const items = repos.agenda.items(meetingId);
  const timing = agendaTiming(meeting.startTime, meeting.endTime, items);
  const planned = items.map((item, i) => ({
    ...item,
    startTime: timing.starts[i]!,
    papers: repos.papers.currentForItem(item.id),
    presenterName: item.presenterPersonId === null ? null : (nameOf.get(item.presenterPersonId) ?? null),
  }));

  const { papersDeadline, packDeadline } = repos.meetings.deadlines(meetingId);
  const deadline = (date: string | null): Deadline => ({ date, workingDaysLeft: date === null ? null : workingDaysUntil(ctx.today(), date, ctx.isHoliday) });

  // Matters arising: actions still open from earlier meetings carry forward to this one.
  const meetingDates = new Map(repos.meetings.forBoard(meeting.boardId).map((m) => [m.id, m.date]));
  const mattersArising = repos.actions
    .log({ boardId: meeting.boardId, statuses: [...LIVE_ACTION_STATUSES], limit: 1000 })
    .filter((a) => a.sourceMeetingId === null || (meetingDates.get(a.sourceMeetingId) ?? '') < meeting.date)
    .map((a) => ({ ...a, overdue: a.dueDate < meeting.date }));

  const members = repos.people.members(meeting.boardId);
  const roles = repos.people.statutoryRoles(meeting.boardId);
  const invitations = repos.invitations.forMeeting(meetingId);
  const compliance = complianceOf(ctx, meeting.boardId, meetingId, { members, roles, invitations });
  const roleTitle = new Map(roles.map((r) => [r.id, r.title]));
  const invitees = members.map((m) => {
    const theirs = invitations.filter((i) => i.personId === m.person.id);
    const sent = theirs.find((i) => i.sentAt !== null);
    return {
      person: m.person,
      role: m.role,
      statutoryRoleTitle: m.statutoryRoleId === null ? null : (roleTitle.get(m.statutoryRoleId) ?? null),
      producedAt: (sent ?? theirs.at(-1))?.producedAt ?? null,
      sentAt: sent?.sentAt ?? null,
    };
  });

  const missing = new Map<string, MissingPapers['items'][number][]>();
  for (const item of planned) {
    if (!item.paperExpected || item.papers.length > 0) continue;
    const presenter = item.presenterName ?? 'No presenter named';
    missing.set(presenter, [...(missing.get(presenter) ?? []), { itemId: item.id, number: item.number, title: item.title }]);
  }

  const earlier = repos.meetings.forBoard(meeting.boardId).filter((m) => m.date < meeting.date || (m.date === meeting.date && m.id < meeting.id));
  return {
    meeting: { ...meeting, papersDeadline, packDeadline },
    boardName: board.name,
    items: planned,
    timing,
    papersDeadline: deadline(papersDeadline),
    packDeadline: deadline(packDeadline),
    mattersArising,
    compliance,
    invitees,
    missingPapers: [...missing].map(([presenterName, list]) => ({ presenterName, items: list })),
    people,
    areas: repos.boards.areas(meeting.boardId),
    previousMeetingId: earlier.at(-1)?.id ?? null,
  };
}

/** Scheduling one meeting or a monthly series, with deadlines in working days. */
export function meetingPlanServices(ctx: ServiceContext): PlanHandlers {
  const { repos, db } = ctx;
  const schedule = (input: Parameters<Handlers['scheduleMeeting']>[0]): Meeting => {
    const id = repos.meetings.schedule(input);
    const { papersDeadline, packDeadline } = deadlinesFor(ctx, input.boardId, input.date);
    repos.meetings.setDeadlines(id, papersDeadline, packDeadline);
    return repos.meetings.find(id)!;
  };
  return {
    scheduleMeeting: (input) => {
      ctx.board(input.boardId);
      return db.transaction(() => schedule(input))();
    },
    previewSeries: ({ boardId, rule, fromMonth, count }) => {
      ctx.board(boardId);
      return {
        description: describeSeriesRule(rule),
        meetings: seriesDates(rule, fromMonth, count, ctx.today()).map((date) => ({ date, ...deadlinesFor(ctx, boardId, date) })),
      };
    },
    scheduleSeries: ({ boardId, rule, fromMonth, count, ...meeting }) => {
      ctx.board(boardId);
      const dates = seriesDates(rule, fromMonth, count, ctx.today());
      return db.transaction(() => dates.map((date) => schedule({ ...meeting, boardId, date })))();
    },
    getMeetingPlan: ({ meetingId }) => meetingPlan(ctx, meetingId),
  };
}
