import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkHealth } from '../../db/check';
import { openDatabase } from '../../db/open';
import { addDemoBoard } from '../services/demo';
import { APP_VERSION } from '../services/version';

// `quorate <command>`: the same services as the app, for scripts and headless machines.
// Results go to stdout, errors to stderr with a non-zero exit code.

const USAGE = `Usage: quorate <command> [options]

Commands:
  init  --db PATH    Create an empty Quorate database at PATH
  demo  --db PATH    Create (or add to) a database with the Wirral Local Area SEND
                     Partnership Board, its ten areas of concern and a few meetings
  check --db PATH    Report the database's version, integrity and contents
                     [--json] for a machine-readable report
  help               Show this help
  version            Show Quorate's version

Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.`;

export class UsageError extends Error {}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export function runCli(argv: readonly string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (error) {
    io.err(`quorate: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) {
      io.err('Run "quorate help" for the commands.');
      return 2;
    }
    return 1;
  }
}

function run(argv: readonly string[], io: Io): number {
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
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function options(args: readonly string[], allow: { json?: boolean } = {}): { db: string; json: boolean } {
  let values: { db?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { db: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.json && !allow.json) throw new UsageError('--json goes with "check" only');
  if (!values.db) throw new UsageError('--db PATH is required');
  return { db: resolve(values.db), json: values.json === true };
}

function init(path: string, io: Io): number {
  if (existsSync(path)) throw new Error(`${path} already exists; nothing was changed. Use "check" to inspect it.`);
  openDatabase(path).close();
  io.out(`Created an empty Quorate database at ${path}`);
  return 0;
}

function demo(path: string, io: Io): number {
  const db = openDatabase(path);
  try {
    const summary = addDemoBoard(db);
    io.out(`Added “${summary.boardName}” with ${summary.areas} areas of concern and ${summary.meetings} meetings to ${path}`);
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
      io.out(`Integrity:       ${report.integrity.join('; ')}`);
      io.out(`Foreign keys:    ${report.foreignKeyProblems === 0 ? 'ok' : `${report.foreignKeyProblems} broken reference(s)`}`);
      const { boards, areasOfConcern, meetings } = report.counts;
      io.out(`Contents:        ${boards} board(s), ${areasOfConcern} area(s) of concern, ${meetings} meeting(s)`);
      io.out(report.healthy ? 'Healthy.' : 'PROBLEMS FOUND: keep a copy of this file and restore a backup.');
    }
    return report.healthy ? 0 : 1;
  } finally {
    db.close();
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
