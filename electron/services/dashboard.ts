import type { Handlers } from '../../shared/api/contract';
import type { Dashboard, GovernanceMeasures } from '../../shared/api/trackingCalls';
import { evaluatePeriod } from '../../shared/rules/evaluation';
import { governanceRepository } from '../../db/repositories/governance';
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
  const counted = governanceRepository(ctx.db).measures(boardId, period);
  const byOrganisation = new Map<string, { present: number; of: number }>();
  for (const m of counted.attendance) {
    const key = m.organisation || '(no organisation)';
    const t = byOrganisation.get(key) ?? { present: 0, of: 0 };
    byOrganisation.set(key, { present: t.present + m.present, of: t.of + m.of });
  }
  // "Monthly" terms of reference: one meeting a month from the first meeting to the period's end.
  const frequency = ctx.repos.boards.termsOfReference(boardId)?.meetingFrequency ?? '';
  const first = ctx.repos.meetings.forBoard(boardId)[0];
  const end = `${period}-31`;
  const months = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  return {
    meetingsExpected: /month/i.test(frequency) && first && first.date <= end ? months(first.date, end) : null,
    meetingFrequency: frequency,
    meetingsHeld: counted.meetings.held,
    meetingsHeldInPeriod: counted.meetings.inPeriod,
    decisionsInPeriod: counted.decisions.inPeriod,
    decisionsToDate: counted.decisions.toDate,
    actionsDue: counted.actions.due,
    actionsDeliveredOnTime: counted.actions.onTime,
    attendanceByMember: counted.attendance,
    attendanceByOrganisation: [...byOrganisation].map(([organisation, t]) => ({ organisation, ...t })).sort((a, b) => a.organisation.localeCompare(b.organisation)),
  };
}

export function dashboardServices(ctx: ServiceContext): DashboardHandlers {
  return { getDashboard: ({ boardId, period }) => dashboardFor(ctx, boardId, period) };
}
