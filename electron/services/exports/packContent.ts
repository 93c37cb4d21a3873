import type { LiveMeeting } from '../../../shared/model/liveMeeting';
import type { PackContent, PackPaper, PackVariant } from '../../../shared/model/pack';
import { actionLogRows } from '../actionLog';
import type { ServiceContext } from '../context';
import { dashboardFor } from '../dashboard';
import { liveMeetingFor } from '../liveMeeting';
import { meetingPlan } from '../meetingPlan';
import { riskRegisterFor } from '../riskRegister';

// What goes into a meeting's pack, gathered from the record. The public variant is cut
// here, before anything reaches a print view: confidential (Part II) items, their papers,
// their minutes, decisions and actions never leave the main process for it.

const PRIVATE_ITEM_TITLE = 'Item taken in private';

export function packContent(ctx: ServiceContext, meetingId: number, variant: PackVariant): PackContent {
  const plan = meetingPlan(ctx, meetingId);
  const { meeting } = plan;
  const isPublic = variant === 'public';
  const boardMeetings = ctx.repos.meetings.forBoard(meeting.boardId);
  // Every confidential item of the board, so actions and decisions that came from one stay out.
  const confidentialItems = new Set(
    isPublic ? boardMeetings.flatMap((m) => ctx.repos.agenda.items(m.id).filter((i) => i.confidential).map((i) => i.id)) : [],
  );
  const shown = (agendaItemId: number | null) => agendaItemId === null || !confidentialItems.has(agendaItemId);

  const items = isPublic ? plan.items.filter((i) => !i.confidential) : plan.items;
  const withheld = isPublic ? plan.items.filter((i) => i.confidential).map((i) => ({ number: i.number, reason: i.confidentialReason })) : [];

  const last = plan.previousMeetingId === null ? null : liveMeetingFor(ctx, plan.previousMeetingId);
  const lastMeeting = last && isPublic ? withoutConfidential(last) : last;
  const sinceDate = last?.plan.meeting.date ?? null;

  const actions = actionLogRows(ctx, meeting.boardId).filter(
    (a) => shown(a.sourceAgendaItemId) && (a.status === 'open' || a.status === 'in_progress' || (sinceDate !== null && a.completedOn !== null && a.completedOn >= sinceDate)),
  );

  const decisionMeetings = boardMeetings.filter((m) => sinceDate !== null && m.date >= sinceDate && m.date < meeting.date);
  const decisions = decisionMeetings.flatMap((m) => {
    const numberOf = new Map(ctx.repos.agenda.items(m.id).map((i) => [i.id, i.number]));
    return ctx.repos.decisions
      .forMeeting(m.id)
      .filter((d) => shown(d.agendaItemId))
      .map((d) => ({ ...d, meetingDate: m.date, itemNumber: d.agendaItemId === null ? null : (numberOf.get(d.agendaItemId) ?? null) }));
  });

  const dashboard = dashboardFor(ctx, meeting.boardId, null);
  const papers: PackPaper[] = items.flatMap((item) => item.papers.map((paper) => ({ ...paper, itemNumber: item.number, itemTitle: item.title })));
  const risks = riskRegisterFor(ctx, meeting.boardId);

  return {
    variant,
    boardName: plan.boardName,
    meeting: { id: meeting.id, boardId: meeting.boardId, title: meeting.title, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, place: meeting.place, status: meeting.status },
    producedOn: ctx.today(),
    items,
    withheld,
    lastMeeting,
    actions,
    decisions,
    risks: { ...risks, risks: risks.risks.filter((r) => r.status === 'open') },
    dashboard: dashboard.metrics.length > 0 ? dashboard : null,
    papers,
  };
}

/** The last meeting as the public may read it: private items keep their number and reason, nothing else. */
export function withoutConfidential(live: LiveMeeting): LiveMeeting {
  const hidden = new Set(live.plan.items.filter((i) => i.confidential).map((i) => i.id));
  const keep = (agendaItemId: number | null) => agendaItemId === null || !hidden.has(agendaItemId);
  return {
    ...live,
    plan: {
      ...live.plan,
      items: live.plan.items.map((i) => (i.confidential ? { ...i, title: PRIVATE_ITEM_TITLE, papers: [], presenterName: null } : i)),
      mattersArising: live.plan.mattersArising.filter((a) => keep(a.sourceAgendaItemId)),
    },
    minutes: live.minutes && {
      ...live.minutes,
      entries: live.minutes.entries.filter((e) => keep(e.agendaItemId)),
      corrections: live.minutes.corrections.filter((c) => keep(c.agendaItemId)),
    },
    decisions: live.decisions.filter((d) => keep(d.agendaItemId)),
    newActions: live.newActions.filter((a) => keep(a.sourceAgendaItemId)),
    actionUpdates: live.actionUpdates.filter((u) => !live.newActions.some((a) => a.id === u.actionId && !keep(a.sourceAgendaItemId))),
  };
}
