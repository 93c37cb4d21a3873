import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { DEFAULT_ATTACH_LIMIT_MB } from '../../shared/api/exportCalls';
import type { Meeting } from '../../shared/model/meeting';
import type { PackVariant } from '../../shared/model/pack';
import { openDatabase } from '../../db/open';
import { startHeadlessPrinting } from '../host/printing';
import { createServices } from '../services';
import { serviceContext } from '../services/context';
import { APP_VERSION } from '../services/version';

// The export commands: the pack, its email and the minutes, for headless use. Each
// reads the database without changing it, and writes its file whole or not at all.

export interface ExportRequest {
  readonly db: string;
  readonly board: number | undefined;
  readonly meeting: string;
  readonly out: string;
  readonly variant: PackVariant;
  readonly messageFile?: string | undefined;
  readonly attachLimitMb?: number | undefined;
  readonly packLocation?: string | undefined;
}

/** The built renderer: this file is bundled to build/electron/cli/quorate.js. */
const RENDERER_DIR = join(__dirname, '..', '..', 'renderer');

/** Written under a temporary name, flushed, then renamed: a failed export leaves no half-written file. */
export function writeWhole(path: string, content: Uint8Array): void {
  const partial = `${path}.partial-${process.pid}`;
  try {
    const fd = openSync(partial, 'w');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The meeting a command names: a number, "next" (the first from today) or "last" (the latest held). */
export function chooseMeeting(meetings: readonly Meeting[], which: string, today: string, boardName: string): Meeting {
  const meeting =
    which === 'last'
      ? meetings.filter((m) => m.date <= today && (m.status === 'held' || m.status === 'minutes_approved')).at(-1)
      : which === 'next'
        ? meetings.find((m) => m.date >= today)
        : meetings.find((m) => m.id === Number(which));
  if (!meeting) throw new Error(`no ${which === 'last' ? 'meeting has been held' : which === 'next' ? 'meeting is planned from today' : `meeting ${which}`} for ${boardName}`);
  return meeting;
}

type Chooser = (ctx: ReturnType<typeof serviceContext>, boardId: number | undefined) => { id: number; name: string };

/** The services on the request's database, for its meeting; with a headless Chromium to print with unless `prints` is false. */
async function withExportServices<T>(request: ExportRequest, chooseBoard: Chooser, use: (handlers: Handlers, meeting: Meeting) => Promise<T>, { writes = false, prints = true } = {}): Promise<T> {
  if (!existsSync(request.db)) throw new Error(`${request.db} does not exist`);
  // Read-only, except for the email: its meeting request needs this database's stable id, made once.
  const db = openDatabase(request.db, writes ? { create: false } : { readonly: true });
  try {
    const info = { version: APP_VERSION, host: 'browser' as const, databasePath: request.db, recovery: null };
    const ctx = serviceContext({ db, info });
    const board = chooseBoard(ctx, request.board);
    const meeting = chooseMeeting(ctx.repos.meetings.forBoard(board.id), request.meeting, ctx.today(), board.name);
    if (!prints) return await use(createServices({ db, info }), meeting);
    const printing = await startHeadlessPrinting((printer) => createServices({ db, info, printer }), RENDERER_DIR);
    try {
      return await use(printing.handlers, meeting);
    } finally {
      await printing.close();
    }
  } finally {
    db.close();
  }
}

/** Prints progress lines to stderr while a long export runs. */
async function withProgress<T>(handlers: Handlers, say: (line: string) => void, work: Promise<T>): Promise<T> {
  let last = '';
  const timer = setInterval(() => {
    void Promise.resolve(handlers.getExportProgress({})).then((p) => {
      const line = p ? `${p.step} (${p.done}/${p.total})` : '';
      if (line && line !== last) say(line);
      last = line;
    });
  }, 250);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

export async function exportPackCommand(request: ExportRequest, chooseBoard: Chooser, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  return withExportServices(request, chooseBoard, async (handlers, meeting) => {
    const pack = await withProgress(handlers, err, Promise.resolve(handlers.exportPack({ meetingId: meeting.id, variant: request.variant })));
    writeWhole(request.out, pack.content);
    out(`Wrote the ${request.variant === 'public' ? 'public ' : ''}pack for ${meeting.title}, ${meeting.date} (${pack.pageCount} pages), to ${request.out}`);
    return 0;
  });
}

export async function exportEmailCommand(request: ExportRequest, chooseBoard: Chooser, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  return withExportServices(request, chooseBoard, async (handlers, meeting) => {
    const draft = await handlers.getPackEmailDraft({ meetingId: meeting.id, variant: request.variant });
    const message = request.messageFile ? readFileSync(request.messageFile, 'utf8') : draft.message;
    const email = await withProgress(
      handlers,
      err,
      Promise.resolve(
        handlers.exportPackEmail({ meetingId: meeting.id, variant: request.variant, message, attachLimitMb: request.attachLimitMb ?? DEFAULT_ATTACH_LIMIT_MB, packLocation: request.packLocation ?? '' }),
      ),
    );
    writeWhole(request.out, email.content);
    out(`Wrote an unsent email to ${email.recipients.length} invitees, ${email.packAttached ? 'with the pack attached' : 'saying where the pack is (too large to attach)'}, to ${request.out}`);
    for (const s of email.skipped) err(`Not addressed: ${s.name} (${s.reason})`);
    return 0;
  }, { writes: true });
}

export async function exportMinutesCommand(request: ExportRequest, chooseBoard: Chooser, out: (line: string) => void): Promise<number> {
  const asPdf = /\.pdf$/i.test(request.out);
  const isPublic = request.variant === 'public';
  if (!asPdf) {
    return withExportServices(request, chooseBoard, async (handlers, meeting) => {
      const file = await handlers.exportMinutes({ meetingId: meeting.id, public: isPublic });
      writeWhole(request.out, file.content);
      out(`Wrote the ${isPublic ? 'public ' : ''}minutes of ${meeting.title}, ${meeting.date}, to ${request.out}`);
      return 0;
    }, { prints: false });
  }
  return withExportServices(request, chooseBoard, async (handlers, meeting) => {
    const file = await handlers.exportMinutesPdf({ meetingId: meeting.id, public: isPublic });
    writeWhole(request.out, file.content);
    out(`Wrote the ${isPublic ? 'public ' : ''}minutes of ${meeting.title}, ${meeting.date}, as PDF to ${request.out}`);
    return 0;
  });
}
