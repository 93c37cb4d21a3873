import type { Handlers } from '../../shared/api/contract';
import type { Dashboard, GovernanceMeasures } from '../../shared/api/trackingCalls';
import { evaluatePeriod } from '../../shared/rules/evaluation';
import { metricsRepository } from '../../db/repositories/metrics';
import type { ServiceContext } from './context';

type DashboardHandlers = Pick<Handlers, 'getDashboard'>;

/** The dashboard for a board and period; the latest period with interim targets if none is given. */
export function dashboardFor(ctx: ServiceContext, boardId: number, period: string | null): Dashboard {
  const board = ctx.board(boardId);
  const metricsRepo = metricsRepository(ctx.db);
  const areas = ctx.repos.boards.areas(boardId);
  const metrics = metricsRepo.forBoard(boardId).map((m) => ({ ...m, values: metricsRepo.values(m.id) }));
  const all = metrics.flatMap((m) => m.values);
  const periods = [...new Set(all.map((v) => v.period))].sort();
  const assessed = [...new Set(all.filter((v) => v.kind === 'interim_target').map((v) => v.period))].sort();
  const chosen = period ?? assessed.at(-1) ?? periods.at(-1) ?? ctx.today().slice(0, 7);
  const valuesOf = new Map(metrics.map((m) => [m.id, m.values]));
  return {
    governance: governanceMeasures(ctx, boardId, chosen),
    boardName: board.name,
    period: chosen,
    periods,
    areas,
    metrics,
    evaluation: evaluatePeriod(areas, metrics, (id) => valuesOf.get(id) ?? [], chosen),
  };
}

/** Meetings held, decisions made, actions delivered within timescale and attendance, to the end of `period`. */
export function governanceMeasures(ctx: ServiceContext, boardId: number, period: string): GovernanceMeasures {
  const end = `${period}-31`;
  const held = ctx.repos.meetings.forBoard(boardId).filter((m) => m.date <= end && (m.status === 'held' || m.status === 'minutes_approved'));
  const decisions = held.map((m) => ({ m, n: ctx.repos.decisions.forMeeting(m.id).length }));
  const due = ctx.repos.actions.log({ boardId, dueTo: end, limit: 100_000 });
  const onTime = due.filter((a) => a.completedOn !== null && a.completedOn <= a.dueDate);
  const members = new Map(ctx.repos.people.members(boardId).map((m) => [m.person.id, m.person]));
  const tally = new Map<number, { present: number; of: number }>();
  for (const meeting of held) {
    for (const mark of ctx.repos.attendance.forMeeting(meeting.id)) {
      if (!members.has(mark.personId)) continue;
      const t = tally.get(mark.personId) ?? { present: 0, of: 0 };
      tally.set(mark.personId, { present: t.present + (mark.status === 'present' ? 1 : 0), of: t.of + 1 });
    }
  }
  const byMember = [...tally].map(([id, t]) => ({ name: members.get(id)!.name, organisation: members.get(id)!.organisation, ...t })).sort((a, b) => a.name.localeCompare(b.name));
  const byOrganisation = new Map<string, { present: number; of: number }>();
  for (const m of byMember) {
    const t = byOrganisation.get(m.organisation || '(no organisation)') ?? { present: 0, of: 0 };
    byOrganisation.set(m.organisation || '(no organisation)', { present: t.present + m.present, of: t.of + m.of });
  }
  // "Monthly" terms of reference: one meeting a month from the first meeting to the period's end.
  const frequency = ctx.repos.boards.termsOfReference(boardId)?.meetingFrequency ?? '';
  const first = ctx.repos.meetings.forBoard(boardId)[0];
  const months = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  const meetingsExpected = /month/i.test(frequency) && first && first.date <= end ? months(first.date, end) : null;
  return {
    meetingsExpected,
    meetingFrequency: frequency,
    meetingsHeld: held.length,
    meetingsHeldInPeriod: held.filter((m) => m.date.startsWith(period)).length,
    decisionsInPeriod: decisions.filter(({ m }) => m.date.startsWith(period)).reduce((sum, d) => sum + d.n, 0),
    decisionsToDate: decisions.reduce((sum, d) => sum + d.n, 0),
    actionsDue: due.length,
    actionsDeliveredOnTime: onTime.length,
    attendanceByMember: byMember,
    attendanceByOrganisation: [...byOrganisation].map(([organisation, t]) => ({ organisation, ...t })).sort((a, b) => a.organisation.localeCompare(b.organisation)),
  };
}

export function dashboardServices(ctx: ServiceContext): DashboardHandlers {
  return { getDashboard: ({ boardId, period }) => dashboardFor(ctx, boardId, period) };
}
