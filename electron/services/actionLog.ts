import type { Handlers } from '../../shared/api/contract';
import type { ActionLog, ActionLogRow } from '../../shared/api/trackingCalls';
import { ragStatus } from '../../shared/rules/rag';
import type { ServiceContext } from './context';

type ActionLogHandlers = Pick<Handlers, 'getActionLog' | 'setActionImpact'>;

/** Every action of a board with its RAG status (as of today), reasons, area and history. */
export function actionLogRows(ctx: ServiceContext, boardId: number): ActionLogRow[] {
  const { repos } = ctx;
  const today = ctx.today();
  const meetings = repos.meetings.forBoard(boardId);
  const meetingsHeld = meetings.filter((m) => m.date < today && m.status !== 'planned' && m.status !== 'pack_circulated').map((m) => m.date);
  const areas = repos.boards.areas(boardId);
  const areaTitle = new Map(areas.map((a) => [a.id, a.title]));

  const history = repos.actions.historyForBoard(boardId);
  return repos.actions.log({ boardId, limit: 100_000 }).map((action): ActionLogRow => {
    const updates = history.updates.get(action.id) ?? [];
    const dueDateChanges = history.dueDateChanges.get(action.id) ?? [];
    const result = ragStatus(
      { status: action.status, dueDate: action.dueDate, createdOn: action.createdAt.slice(0, 10), dueDateChanges: dueDateChanges.length, lastUpdateOn: updates.at(-1)?.updateDate ?? null },
      { today, meetingsHeld },
    );
    return { ...action, rag: result.rag, ragReasons: result.reasons, areaTitle: action.areaId === null ? null : (areaTitle.get(action.areaId) ?? null), updates, dueDateChanges };
  });
}

/** The action and impact log: filters, RAG with reasons, history, and where progress is slow. */
export function actionLogServices(ctx: ServiceContext): ActionLogHandlers {
  const { repos } = ctx;
  return {
    setActionImpact: ({ actionId, impactNote, evidenceLinks }) => {
      ctx.found(repos.actions.action(actionId), 'action');
      repos.actions.setImpact(actionId, impactNote, evidenceLinks, ctx.actor());
      return repos.actions.action(actionId)!;
    },
    getActionLog: ({ boardId, statuses, areaId, ownerPersonId, organisation, dueFrom, dueTo, overdueOnly, rag }) => {
      const board = ctx.board(boardId);
      const today = ctx.today();
      const areas = repos.boards.areas(boardId);
      const all = actionLogRows(ctx, boardId);

      const rows = all.filter(
        (a) =>
          (!statuses?.length || statuses.includes(a.status)) &&
          (areaId === undefined || a.areaId === areaId) &&
          (ownerPersonId === undefined || a.ownerPersonId === ownerPersonId) &&
          (organisation === undefined || a.ownerOrganisation === organisation) &&
          (dueFrom === undefined || a.dueDate >= dueFrom) &&
          (dueTo === undefined || a.dueDate <= dueTo) &&
          (!overdueOnly || ((a.status === 'open' || a.status === 'in_progress') && a.dueDate < today)) &&
          (rag === undefined || a.rag === rag),
      );

      const live = all.filter((a) => a.status === 'open' || a.status === 'in_progress');
      const slowToProgress = areas
        .map((area) => ({ areaId: area.id, title: area.title, red: live.filter((a) => a.areaId === area.id && a.rag === 'red').length, live: live.filter((a) => a.areaId === area.id).length }))
        .filter((a) => a.red > 0)
        .sort((a, b) => b.red - a.red || b.live - a.live);
      const owners = new Map<number, { name: string; organisation: string; red: number; live: number }>();
      for (const a of live) {
        const o = owners.get(a.ownerPersonId) ?? { name: a.ownerName, organisation: a.ownerOrganisation, red: 0, live: 0 };
        owners.set(a.ownerPersonId, { ...o, red: o.red + (a.rag === 'red' ? 1 : 0), live: o.live + 1 });
      }
      const ownersSlipping = [...owners.values()].filter((o) => o.red > 0).sort((a, b) => b.red - a.red || a.name.localeCompare(b.name));
      const byOrganisation = new Map<string, { late: number; total: number }>();
      for (const a of all) {
        const entry = byOrganisation.get(a.ownerOrganisation || '(no organisation)') ?? { late: 0, total: 0 };
        const late = (a.completedOn !== null && a.completedOn > a.dueDate) || ((a.status === 'open' || a.status === 'in_progress') && a.dueDate < today);
        byOrganisation.set(a.ownerOrganisation || '(no organisation)', { late: entry.late + (late ? 1 : 0), total: entry.total + 1 });
      }
      const contributionsToStrengthen = [...byOrganisation]
        .map(([org, counts]) => ({ organisation: org, ...counts }))
        .filter((o) => o.late > 0)
        .sort((a, b) => b.late / b.total - a.late / a.total || b.late - a.late);

      const ownerNames = new Map(all.map((a) => [a.ownerPersonId, a.ownerName]));
      return {
        boardName: board.name,
        rows,
        owners: [...ownerNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
        ownersSlipping,
        organisations: [...new Set(all.map((a) => a.ownerOrganisation).filter(Boolean))].sort(),
        areas,
        slowToProgress,
        contributionsToStrengthen,
      } satisfies ActionLog;
    },
  };
}
