import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openDatabase } from '../../db/open';
import { startHeadlessPrinting } from '../../electron/host/printing';
import { createServices } from '../../electron/services';
import { serviceContext } from '../../electron/services/context';
import { buildPack, type PackProbe, type PrintJobs } from '../../electron/services/exports/pack';
import type { Printer } from '../../electron/services/exports/printer';
import type { PrintJob } from '../../shared/api/exportCalls';

// `npm run bench` (part 4): the meeting pack. A meeting of 12 items with 8 papers of 200
// pages in total, built end to end (record, two print passes, merge, bookmarks, footers);
// and the merge step beside pdfunite and qpdf merging the same files. Target: < 5 s.

const ROOT = resolve(__dirname, '..', '..');
const PAPER_PAGES = [40, 35, 30, 25, 25, 20, 15, 10];
const LINE = 'The board received the report and discussed progress against the improvement plan, the timeliness of plans and the voice of families.';

async function paper(title: string, pages: number): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`${title}: page ${p} of ${pages}`, { x: 56, y: 780, size: 14, font });
    for (let l = 0; l < 40; l++) page.drawText(`${l + 1}. ${LINE}`.slice(0, 110), { x: 56, y: 740 - l * 16, size: 9, font });
  }
  return new Uint8Array(await pdf.save());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quorate-bench-pack-'));
  const path = join(dir, 'demo.sqlite');
  const demo = spawnSync(process.execPath, [join(ROOT, 'bin', 'quorate.js'), 'demo', '--db', path], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(demo.stderr);
  const db = openDatabase(path);
  const info = { version: 'bench', host: 'browser' as const, databasePath: path, recovery: null };
  const jobs: PrintJobs = new Map();
  let printerOf: () => Printer | null = () => null;
  const printing = await startHeadlessPrinting((printer) => {
    printerOf = printer;
    const services = createServices({ db, info, printer });
    // buildPack is called directly below (to read its stage times), so its jobs are served here.
    return { ...services, getPrintJob: ({ jobId }) => jobs.get(jobId) ?? (services.getPrintJob({ jobId }) as PrintJob) };
  }, join(ROOT, 'build', 'renderer'));
  try {
    const h = printing.handlers;
    // Meeting 8 of the demo board has 10 items: two more make 12; papers go on 8 of them.
    const base = { meetingId: 8, presenterPersonId: null, purpose: 'discussion' as const, minutesAllowed: 10, confidential: false, confidentialReason: '', areaId: null, paperExpected: true };
    await h.addAgendaItem({ ...base, title: 'Workforce and capacity' });
    const plan = await h.addAgendaItem({ ...base, title: 'Preparation for the DfE review' });
    if (plan.items.length !== 12) throw new Error(`expected 12 items, not ${plan.items.length}`);
    const paperFiles: string[] = [];
    for (const [i, pages] of PAPER_PAGES.entries()) {
      const title = `Paper ${i + 1}`;
      const content = await paper(title, pages);
      paperFiles.push(join(dir, `paper-${i + 1}.pdf`));
      writeFileSync(paperFiles.at(-1)!, content);
      await h.attachPaper({ agendaItemId: plan.items[i + 2]!.id, title, author: 'Bench', fileName: `paper-${i + 1}.pdf`, content });
    }

    const ctx = serviceContext({ db, info });
    const build = async (probe: PackProbe) => buildPack(ctx, printerOf()!, jobs, 8, 'confidential', () => undefined, probe);
    const runs: { total: number; probe: PackProbe; pages: number }[] = [];
    for (let run = 0; run < 4; run++) {
      const probe: PackProbe = { stageMs: {} };
      const start = performance.now();
      const pack = await build(probe);
      runs.push({ total: performance.now() - start, probe, pages: pack.pageCount });
    }
    const [cold, ...warm] = runs;
    const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const whole = median(warm.map((r) => r.total));
    console.log(`meeting pack: 12 items, 8 papers of ${PAPER_PAGES.reduce((a, b) => a + b)} pages, ${cold!.pages} pages in all`);
    console.log(`  whole pack, first (Chromium starting)      ${f(cold!.total)}`);
    console.log(`  whole pack, warm (median of ${warm.length})             ${f(whole)}  (target < 5 s: ${whole < 5000 && cold!.total < 5000 ? 'met' : 'MISSED'})`);
    for (const stage of Object.keys(warm[0]!.probe.stageMs)) console.log(`    ${stage.padEnd(38)} ${f(median(warm.map((r) => r.probe.stageMs[stage]!)))}`);

    // The same merge by poppler and qpdf: the printed pack (before papers) and the 8 papers.
    const printed = join(dir, 'printed.pdf');
    writeFileSync(printed, warm.at(-1)!.probe.printed!);
    const ours = median(warm.map((r) => r.probe.stageMs['merge, bookmarks, footers, save']!));
    const pdfunite = median([0, 1, 2].map(() => timed(() => spawnSync('pdfunite', [printed, ...paperFiles, join(dir, 'pdfunite.pdf')]))));
    const qpdf = median([0, 1, 2].map(() => timed(() => spawnSync('qpdf', ['--empty', '--pages', printed, ...paperFiles, '--', join(dir, 'qpdf.pdf')]))));
    console.log(`  merge of the same files: Quorate ${f(ours)} (papers after their cover sheets, bookmarks, footers) · pdfunite ${f(pdfunite)} (ratio ${(ours / pdfunite).toFixed(2)}) · qpdf ${f(qpdf)} (ratio ${(ours / qpdf).toFixed(2)})`);
  } finally {
    await printing.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
