import type { Handlers } from '../../shared/api/contract';
import { agendaServices } from './agenda';
import { boardSetupServices } from './boardSetup';
import { serviceContext, type ServiceOptions } from './context';
import { ServiceError } from './errors';
import { invitationServices } from './invitations';
import { liveMeetingServices } from './liveMeeting';
import { dashboardServices } from './dashboard';
import { actionLogServices } from './actionLog';
import { riskRegisterServices } from './riskRegister';
import { importExportServices } from './metricsImport';
import { meetingPlanServices } from './meetingPlan';
import { paperServices } from './papers';
import { exportServices } from './exports';

/**
 * The main-process implementation of every call in the contract. Plain TypeScript, no
 * Electron: the same object serves the desktop app, the browser host, the CLI and tests.
 * Each aggregate's calls live in their own module; this only puts them together.
 */
export function createServices(options: ServiceOptions): Handlers {
  const ctx = serviceContext(options);
  const { repos } = ctx;

  return {
    getAppInfo: () => ctx.info,
    listBoards: () => repos.boards.list(ctx.today()),
    createBoard: (input) => {
      if (repos.boards.nameTaken(input.name)) throw new ServiceError('conflict', `A board called “${input.name}” already exists.`);
      return ctx.board(repos.boards.create(input));
    },
    getBoard: ({ boardId }) => ({ board: ctx.board(boardId), areas: repos.boards.areas(boardId) }),
    listMeetings: ({ boardId }) => {
      ctx.board(boardId);
      return repos.meetings.forBoard(boardId);
    },
    searchRecord: ({ text, boardId }) => repos.search.search(text, boardId === undefined ? {} : { boardId }),
    restoreNewestBackup: () => {
      throw new ServiceError('conflict', 'The database is working; there is nothing to restore.');
    },
    ...boardSetupServices(ctx),
    ...meetingPlanServices(ctx),
    ...agendaServices(ctx),
    ...paperServices(ctx),
    ...invitationServices(ctx),
    ...liveMeetingServices(ctx),
    ...dashboardServices(ctx),
    ...actionLogServices(ctx),
    ...riskRegisterServices(ctx),
    ...importExportServices(ctx),
    ...exportServices(ctx, options.printer ?? (() => null)),
  };
}
