import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInstant } from '../../shared/dates';
import { checkBackup, listBackups, newestGoodBackup, restoreBackup, takeBackup } from '../../db/backup';
import { checkHealth } from '../../db/check';
import { isUnusableDatabaseError } from '../../db/errors';
import { openDatabase } from '../../db/open';
import { openWithSafeguards } from '../../db/safeOpen';
import { PeriodSchema } from '../../shared/api/trackingCalls';
import { serviceContext } from '../services/context';
import { dashboardFor } from '../services/dashboard';
import { addDemoBoard } from '../services/demo';
import { APP_VERSION } from '../services/version';
import { messageOf } from '../../shared/errors';
import { exportEmailCommand, exportMinutesCommand, exportPackCommand } from './exports';

// `quorate <command>`: the same services as the app, for scripts and headless machines.
// Results go to stdout, errors to stderr with a non-zero exit code.

const USAGE = `Usage: quorate <command> [options]

Commands:
  init    --db PATH              Create an empty Quorate database at PATH
  demo    --db PATH              Add the Wirral Local Area SEND Partnership Board (from the
                                 public notice and committee report) to a new or existing database
  check   --db PATH [--json]     Report the database's version, integrity and contents
  dashboard --db PATH [--period YYYY-MM] [--board ID] [--json]
                                 The improvement-plan evaluation for a period: per metric,
                                 per area and the headline (default: the latest assessed period)
  export-pack --db PATH --meeting ID|next|last --out FILE.pdf [--public] [--board ID]
                                 The meeting pack as one PDF (contents, agenda, last minutes,
                                 logs, risks, dashboard, papers); --public leaves out
                                 confidential (Part II) items and says which were withheld
  export-email --db PATH --meeting ID|next|last --out FILE.eml [--public] [--board ID]
               [--message FILE] [--attach-limit-mb N] [--pack-location TEXT]
                                 An unsent email to the invitees with the pack and meeting
                                 request attached (above N MB, default 10, the message says
                                 where the pack is instead)
  export-minutes --db PATH --meeting ID|next|last --out FILE.docx|FILE.pdf [--public] [--board ID]
                                 The minutes of a meeting as a Word document or a PDF;
                                 --public leaves out confidential (Part II) items
  backup  --db PATH              Take a backup now (kept beside the database, in backups/)
  backups --db PATH              List the backups, newest first, and whether each is usable
  restore --db PATH [--backup FILE]
                                 Put a backup (the newest good one unless named) in place of
                                 the database; the current file is set aside, never deleted
  help                           Show this help
  version                        Show Quorate's version

Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.`;

export class UsageError extends Error {}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(`quorate: ${messageOf(error)}`);
    if (error instanceof UsageError) {
      io.err('Run "quorate help" for the commands.');
      return 2;
    }
    if (isUnusableDatabaseError(error)) suggestRestore(error.path, io);
    return 1;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return 0;
    case 'version':
    case '--version':
      io.out(APP_VERSION);
      return 0;
    case 'init':
      return init(options(rest).db, io);
    case 'demo':
      return demo(options(rest).db, io);
    case 'check': {
      const { db, json } = options(rest, { json: true });
      return check(db, json, io);
    }
    case 'dashboard': {
      const o = options(rest, { json: true, period: true, board: true });
      return dashboard(o.db, o.period ?? null, o.board, o.json, io);
    }
    case 'export-pack':
    case 'export-email':
    case 'export-minutes': {
      const o = options(rest, { board: true, meeting: true, out: true, public: true, email: command === 'export-email' });
      const request = {
        db: o.db, board: o.board, meeting: o.meeting!, out: o.out!, variant: o.publicVersion ? ('public' as const) : ('confidential' as const),
        messageFile: o.messageFile, attachLimitMb: o.attachLimitMb, packLocation: o.packLocation,
      };
      if (command === 'export-pack') return exportPackCommand(request, chooseBoard, io.out, io.err);
      if (command === 'export-email') return exportEmailCommand(request, chooseBoard, io.out, io.err);
      return exportMinutesCommand(request, chooseBoard, io.out);
    }
    case 'backup':
      return backup(options(rest).db, io);
    case 'backups':
      return backups(options(rest).db, io);
    case 'restore': {
      const { db, backup: file } = options(rest, { backup: true });
      return restore(db, file, io);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

interface Options {
  db: string;
  json: boolean;
  backup: string | undefined;
  period: string | undefined;
  board: number | undefined;
  meeting: string | undefined;
  out: string | undefined;
  publicVersion: boolean;
  messageFile: string | undefined;
  attachLimitMb: number | undefined;
  packLocation: string | undefined;
}

function options(
  args: readonly string[],
  allow: { json?: boolean; backup?: boolean; period?: boolean; board?: boolean; meeting?: boolean; out?: boolean; public?: boolean; email?: boolean } = {},
): Options {
  let values: {
    db?: string | undefined; json?: boolean | undefined; backup?: string | undefined; period?: string | undefined; board?: string | undefined;
    meeting?: string | undefined; out?: string | undefined; public?: boolean | undefined;
    message?: string | undefined; 'attach-limit-mb'?: string | undefined; 'pack-location'?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        db: { type: 'string' }, json: { type: 'boolean' }, backup: { type: 'string' }, period: { type: 'string' }, board: { type: 'string' },
        meeting: { type: 'string' }, out: { type: 'string' }, public: { type: 'boolean' },
        message: { type: 'string' }, 'attach-limit-mb': { type: 'string' }, 'pack-location': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
  if (values.json && !allow.json) throw new UsageError('--json goes with "check" only');
  if (values.backup !== undefined && !allow.backup) throw new UsageError('--backup goes with "restore" only');
  if ((values.period !== undefined && !allow.period) || (values.board !== undefined && !allow.board)) throw new UsageError('--period and --board go with "dashboard" only');
  if (values.period !== undefined && !PeriodSchema.safeParse(values.period).success) throw new UsageError(`--period must be written as YYYY-MM, not "${values.period}"`);
  if (values.board !== undefined && !/^\d{1,9}$/.test(values.board)) throw new UsageError(`--board must be a board's number, not "${values.board}"`);
  for (const [flag, given, allowed] of [['--meeting', values.meeting, allow.meeting], ['--out', values.out, allow.out], ['--public', values.public, allow.public]] as const) {
    if (given !== undefined && !allowed) throw new UsageError(`${flag} goes with the export commands only`);
  }
  for (const flag of ['message', 'attach-limit-mb', 'pack-location'] as const) {
    if (values[flag] !== undefined && !allow.email) throw new UsageError(`--${flag} goes with "export-email" only`);
  }
  const limit = values['attach-limit-mb'];
  if (limit !== undefined && !(/^\d{1,3}(\.\d+)?$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 150)) throw new UsageError(`--attach-limit-mb must be a number of MB from 1 to 150, not "${limit}"`);
  if (values.message !== undefined && !existsSync(values.message)) throw new UsageError(`--message ${values.message}: no such file`);
  if (allow.meeting && (values.meeting === undefined || !/^(\d{1,9}|next|last)$/.test(values.meeting))) throw new UsageError('--meeting must be a meeting number, "next" or "last"');
  if (allow.out && !values.out) throw new UsageError('--out FILE is required');
  if (!values.db) throw new UsageError('--db PATH is required');
  return {
    db: resolve(values.db), json: values.json === true, backup: values.backup, period: values.period,
    board: values.board === undefined ? undefined : Number(values.board), meeting: values.meeting, out: values.out === undefined ? undefined : resolve(values.out),
    publicVersion: values.public === true,
    messageFile: values.message === undefined ? undefined : resolve(values.message),
    attachLimitMb: limit === undefined ? undefined : Number(limit),
    packLocation: values['pack-location'],
  };
}

function init(path: string, io: Io): number {
  if (existsSync(path)) throw new Error(`${path} already exists; nothing was changed. Use "check" to inspect it.`);
  openDatabase(path).close();
  io.out(`Created an empty Quorate database at ${path}`);
  return 0;
}

async function demo(path: string, io: Io): Promise<number> {
  const db = await openWithSafeguards(path);
  try {
    const s = addDemoBoard(db);
    io.out(
      `Added “${s.boardName}” to ${path}: ${s.areas} areas of concern, ${s.metrics} metrics with ${s.metricValues} values, ` +
        `${s.people} people, ${s.meetings} meetings, ${s.decisions} decisions, ${s.actions} actions, ${s.risks} risks.`,
    );
    return 0;
  } finally {
    db.close();
  }
}

function check(path: string, json: boolean, io: Io): number {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  const db = openDatabase(path, { readonly: true });
  try {
    const report = checkHealth(db, path);
    if (json) {
      io.out(JSON.stringify(report, null, 2));
    } else {
      io.out(`Database:        ${report.path} (${report.sizeBytes.toLocaleString('en-GB')} bytes)`);
      io.out(`Schema version:  ${report.schemaVersion} (this Quorate: ${report.appSchemaVersion})`);
      io.out(`Journal mode:    ${report.journalMode}`);
      io.out(`Integrity:       ${report.integrity.slice(0, 5).join('; ')}`);
      io.out(`Foreign keys:    ${report.foreignKeyProblems === 0 ? 'ok' : `${report.foreignKeyProblems} broken reference(s)`}`);
      io.out(`Contents:        ${Object.entries(report.counts).map(([what, n]) => `${n} ${what}`).join(', ')}`);
      io.out(`Backups:         ${listBackups(path).length} in ${path.replace(/[^/\\]+$/, '')}backups`);
      io.out(report.healthy ? 'Healthy.' : 'PROBLEMS FOUND.');
    }
    if (!report.healthy) suggestRestore(path, io);
    return report.healthy ? 0 : 1;
  } finally {
    db.close();
  }
}

function dashboard(path: string, period: string | null, boardId: number | undefined, json: boolean, io: Io): number {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  const db = openDatabase(path, { readonly: true });
  try {
    const ctx = serviceContext({ db, info: { version: APP_VERSION, host: 'browser', databasePath: path, recovery: null } });
    const d = dashboardFor(ctx, chooseBoard(ctx, boardId).id, period);
    if (json) {
      io.out(JSON.stringify({ board: d.boardName, period: d.period, headline: d.evaluation.headline, achieved: d.evaluation.achieved, assessable: d.evaluation.assessable, areas: d.areas.map((a, i) => ({ position: a.position, title: a.title, status: a.status, ...d.evaluation.areas[i] })), metrics: d.evaluation.metrics }, null, 2));
      return 0;
    }
    io.out(`${d.boardName}: improvement plan, ${d.period}`);
    io.out(d.evaluation.headline);
    io.out('');
    d.areas.forEach((area, i) => {
      io.out(`${String(area.position).padStart(2)}. ${area.title}${area.status === 'business_as_usual' ? ' [business as usual]' : ''}: ${d.evaluation.areas[i]!.summary}`);
      for (const m of d.evaluation.metrics.filter((e) => e.areaId === area.id)) {
        const mark = m.outcome === 'achieved' ? 'achieved    ' : m.outcome === 'not_achieved' ? 'NOT achieved' : 'not assessed';
        io.out(`      ${mark}  ${m.name}: ${m.reason}`);
      }
    });
    return 0;
  } finally {
    db.close();
  }
}

/** The board a command is about: the only one, or the one --board names. */
function chooseBoard(ctx: ReturnType<typeof serviceContext>, boardId: number | undefined) {
  const boards = ctx.repos.boards.list(ctx.today());
  const board = boardId === undefined ? (boards.length === 1 ? boards[0] : undefined) : boards.find((b) => b.id === boardId);
  if (!board) {
    throw new UsageError(boards.length === 0 ? 'this database has no boards' : `choose a board with --board: ${boards.map((b) => `${b.id} (${b.name})`).join(', ')}`);
  }
  return board;
}

async function backup(path: string, io: Io): Promise<number> {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  const db = openDatabase(path, { migrate: false, quickCheck: true });
  try {
    const taken = await takeBackup(db, path, 'manual');
    io.out(`Backed up to ${taken.path} (${taken.sizeBytes.toLocaleString('en-GB')} bytes)`);
    return 0;
  } finally {
    db.close();
  }
}

function backups(path: string, io: Io): number {
  const all = listBackups(path);
  if (all.length === 0) io.out(`No backups of ${path} yet.`);
  for (const b of all) {
    const check = checkBackup(b.path);
    io.out(`${b.fileName}  ${b.reason.padEnd(14)} ${b.sizeBytes.toLocaleString('en-GB').padStart(12)} bytes  ${check.ok ? 'usable' : `NOT usable: ${check.problem}`}`);
  }
  return 0;
}

function restore(path: string, named: string | undefined, io: Io): number {
  const all = listBackups(path);
  const chosen = named === undefined ? newestGoodBackup(path) : all.find((b) => b.fileName === named || b.path === resolve(named));
  if (!chosen) throw new Error(named === undefined ? `There is no usable backup of ${path}.` : `No backup called ${named} (see "quorate backups").`);
  const result = restoreBackup(path, chosen);
  io.out(`Restored ${path} from ${chosen.fileName} (taken ${formatInstant(chosen.takenAt)}).`);
  if (result.setAsideAs) io.out(`The previous file was kept as ${result.setAsideAs}.`);
  return 0;
}

function suggestRestore(path: string, io: Io): void {
  const good = newestGoodBackup(path);
  if (good) {
    io.err(`The newest good backup is ${good.fileName} (taken ${formatInstant(good.takenAt)}).`);
    io.err(`To restore it (the current file is kept aside, not deleted): quorate restore --db ${path}`);
  } else {
    io.err('There is no usable backup of this database. Keep a copy of the file before trying anything else.');
  }
}


if (require.main === module) {
  void runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => (process.exitCode = code));
}
