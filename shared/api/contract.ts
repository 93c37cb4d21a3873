import { z } from 'zod';
import { call, Nothing, type Call } from './call';
import { exportCalls } from './exportCalls';
import { meetingCalls } from './meetingCalls';
import { preparationCalls } from './preparationCalls';
import { trackingCalls } from './trackingCalls';
import type { Result } from './result';
import { NewBoardInput, type AreaOfConcern, type Board } from '../model/board';
import type { SearchHit } from '../model/audit';
import { NewMeetingInput, type Meeting } from '../model/meeting';
import { LIMITS, optionalText, recordId } from '../model/text';

// The one list of calls the renderer may make to the main process. The preload bridge,
// the IPC registration, the browser host's routes and the renderer's client are all
// built from this object, so a call is named and its input described exactly once.

const ByBoard = z.strictObject({ boardId: recordId('Board') });
const SearchInput = z.strictObject({ text: optionalText('Search', LIMITS.search), boardId: recordId('Board').optional() });

export interface AppInfo {
  readonly version: string;
  /** 'electron' or 'browser': which host serves this window. */
  readonly host: 'electron' | 'browser';
  readonly databasePath: string;
  /** Set when the database could not be opened: the app then offers only recovery. */
  readonly recovery: RecoveryState | null;
}

export interface RecoveryState {
  /** What is wrong with the file, in a sentence. */
  readonly problem: string;
  /** The newest backup that passed its integrity check, if there is one. */
  readonly newestGoodBackup: { readonly fileName: string; readonly takenAt: string } | null;
}

export interface RestoreOutcome {
  readonly restoredFrom: string;
  readonly takenAt: string;
  /** Where the unusable file was kept (never deleted). */
  readonly setAsideAs: string | null;
}

export interface BoardDetail {
  readonly board: Board;
  readonly areas: readonly AreaOfConcern[];
}

export const contract = {
  getAppInfo: call('Version, host and database location', Nothing).returns<AppInfo>(),
  listBoards: call('Every board in this database', Nothing).returns<Board[]>(),
  createBoard: call('Create a board', NewBoardInput).returns<Board>(),
  getBoard: call('One board with its areas of concern', ByBoard).returns<BoardDetail>(),
  listMeetings: call("A board's meetings, soonest first", ByBoard).returns<Meeting[]>(),
  scheduleMeeting: call('Schedule a meeting of a board', NewMeetingInput).returns<Meeting>(),
  searchRecord: call('Full-text search of minutes, decisions, actions, risks and papers', SearchInput).returns<SearchHit[]>(),
  restoreNewestBackup: call('Put the newest good backup in place of an unusable database', Nothing).returns<RestoreOutcome>(),
  ...preparationCalls,
  ...meetingCalls,
  ...trackingCalls,
  ...exportCalls,
} as const;

export type { Call } from './call';
export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.freeze(Object.keys(contract) as CallName[]);

type SchemaOf<K extends CallName> = Contract[K]['input'];
/** What a caller sends (before trimming and defaults). */
export type InputOf<K extends CallName> = z.input<SchemaOf<K>>;
/** What a service receives (after parsing). */
export type ParsedInputOf<K extends CallName> = z.output<SchemaOf<K>>;
export type OutputOf<K extends CallName> = Contract[K] extends Call<z.ZodType, infer O> ? O : never;

/** The main-process side: one handler per call. */
export type Handlers = { readonly [K in CallName]: (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>> };

/** The renderer side: one async function per call, answering with a Result. */
export type Client = { readonly [K in CallName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>> };

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel for a call; the preload and the main process both use this. */
export const channelFor = (name: CallName): string => `quorate:${name}`;

/** The browser host's route for a call. */
export const routeFor = (name: CallName): string => `/api/${name}`;
