import type { Handlers } from '../../shared/api/contract';
import type { Dashboard } from '../../shared/api/trackingCalls';
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
    boardName: board.name,
    period: chosen,
    periods,
    areas,
    metrics,
    evaluation: evaluatePeriod(areas, metrics, (id) => valuesOf.get(id) ?? [], chosen),
  };
}

export function dashboardServices(ctx: ServiceContext): DashboardHandlers {
  return { getDashboard: ({ boardId, period }) => dashboardFor(ctx, boardId, period) };
}
