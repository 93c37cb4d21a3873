import type { AppInfo, Handlers } from '../../shared/api/contract';
import { londonToday } from '../../shared/dates';
import type { Db } from '../../db/open';
import { boardsRepository } from '../../db/repositories/boards';
import { meetingsRepository } from '../../db/repositories/meetings';
import { searchRepository } from '../../db/repositories/search';
import { ServiceError } from './errors';

export interface ServiceContext {
  readonly db: Db;
  readonly info: AppInfo;
  /** Injected so tests can fix "today". */
  readonly today?: () => string;
}

/**
 * The main-process implementation of every call in the contract. Plain TypeScript, no
 * Electron: the same object serves the desktop app, the browser host, the CLI and tests.
 */
export function createServices({ db, info, today = () => londonToday() }: ServiceContext): Handlers {
  const boards = boardsRepository(db);
  const meetings = meetingsRepository(db);
  const search = searchRepository(db);

  const requireBoard = (id: number) => {
    const board = boards.find(id, today());
    if (!board) throw new ServiceError('not_found', 'That board no longer exists.');
    return board;
  };

  return {
    getAppInfo: () => info,
    listBoards: () => boards.list(today()),
    createBoard: (input) => {
      if (boards.nameTaken(input.name)) throw new ServiceError('conflict', `A board called “${input.name}” already exists.`);
      return requireBoard(boards.create(input));
    },
    getBoard: ({ boardId }) => ({ board: requireBoard(boardId), areas: boards.areas(boardId) }),
    listMeetings: ({ boardId }) => {
      requireBoard(boardId);
      return meetings.forBoard(boardId);
    },
    scheduleMeeting: (input) => {
      requireBoard(input.boardId);
      return meetings.find(meetings.schedule(input))!;
    },
    searchRecord: ({ text, boardId }) => search.search(text, boardId === undefined ? {} : { boardId }),
    restoreNewestBackup: () => {
      throw new ServiceError('conflict', 'The database is working; there is nothing to restore.');
    },
  };
}
