import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { PrintJob } from '../../../shared/api/exportCalls';
import { formatLongDate } from '../../../shared/dates';
import { messageOf } from '../../../shared/errors';
import { PAPER_MEDIA_TYPES } from '../../../shared/model/agenda';
import { PACK_MARKINGS, packSections, type PackContent, type PackVariant } from '../../../shared/model/pack';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { liveMeetingFor } from '../liveMeeting';
import { packContent, withoutConfidential } from './packContent';
import { mergePapers, packLayout, sectionStarts, setDocumentFacts, stampPages, writeBookmarks } from './pdfAssembly';
import type { Printer } from './printer';
import { wordPaperHtml } from './wordPaper';

// Builds the pack: papers made ready as PDFs, the print view printed twice (the second
// time with the contents page numbers, once it is known where everything lands), then
// the papers merged in, bookmarks written and every page stamped "Page N of M".

export type Report = (step: string, done: number, total: number) => void;

/** Print jobs waiting for their print view to ask for them (getPrintJob). */
export type PrintJobs = Map<string, PrintJob>;

export interface BuiltPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
}

/** Readable paper PDFs, by paper id; a Word paper is converted first. */
async function paperDocuments(ctx: ServiceContext, printer: Printer, content: PackContent, report: Report, total: number): Promise<Map<number, PDFDocument>> {
  const documents = new Map<number, PDFDocument>();
  for (const [i, paper] of content.papers.entries()) {
    report(`Preparing paper ${i + 1} of ${content.papers.length}: ${paper.title}`, i + 1, total);
    const named = `“${paper.title}” (item ${paper.itemNumber})`;
    const stored = ctx.repos.papers.content(paper.sha256);
    if (!stored) throw new ServiceError('not_found', `The file of ${named} is missing from the database; add it again.`);
    let bytes: Uint8Array = stored;
    if (paper.mediaType === PAPER_MEDIA_TYPES.docx) {
      try {
        bytes = await printer.printHtml(await wordPaperHtml(stored, paper.title));
      } catch (error) {
        throw new ServiceError('invalid_input', `The Word paper ${named} could not be converted for the pack: ${messageOf(error)}. Save it as PDF and replace it.`);
      }
    }
    try {
      documents.set(paper.id, await PDFDocument.load(bytes, { updateMetadata: false }));
    } catch (error) {
      throw new ServiceError('invalid_input', `The paper ${named} could not be read as a PDF (${messageOf(error)}). Replace it with a readable copy.`);
    }
  }
  return documents;
}

async function withPrintJob<T>(jobs: PrintJobs, job: PrintJob, use: (route: string) => Promise<T>): Promise<T> {
  const id = randomUUID();
  jobs.set(id, job);
  try {
    return await use(`/print/${id}`);
  } finally {
    jobs.delete(id);
  }
}

/** For the bench: the printed pack before papers are merged in, and how long each stage took. */
export interface PackProbe {
  printed?: Uint8Array;
  readonly stageMs: Record<string, number>;
}

export async function buildPack(ctx: ServiceContext, printer: Printer, jobs: PrintJobs, meetingId: number, variant: PackVariant, report: Report, probe?: PackProbe): Promise<BuiltPdf> {
  let stageStart = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    if (probe) probe.stageMs[name] = now - stageStart;
    stageStart = now;
  };
  report('Gathering the record', 0, 1);
  const content = packContent(ctx, meetingId, variant);
  const sections = packSections(content);
  const total = content.papers.length + 4;
  const papers = await paperDocuments(ctx, printer, content, report, total);
  const paperPages = new Map([...papers].map(([id, doc]) => [id, doc.getPageCount()]));
  stage('record and papers');

  report('Printing the pack', content.papers.length + 1, total);
  const { printed, layout } = await withPrintJob(jobs, { kind: 'pack', content }, async (route) => {
    const view = await printer.open(route);
    try {
      let doc = await PDFDocument.load(await view.print());
      let layout = packLayout(sections, sectionStarts(doc, sections), doc.getPageCount(), paperPages);
      // Filling in the numbers could move a page break (it should not: the column keeps its
      // width); print again until the sections stay where the numbers say they are.
      for (let generation = 1; ; generation++) {
        report('Printing the pack with its page numbers', content.papers.length + 2, total);
        await view.setPageNumbers(layout.numbers, generation);
        doc = await PDFDocument.load(await view.print());
        const settled = packLayout(sections, sectionStarts(doc, sections), doc.getPageCount(), paperPages);
        if (JSON.stringify(settled.numbers) === JSON.stringify(layout.numbers)) return { printed: doc, layout: settled };
        if (generation === 3) throw new Error('The contents page numbers kept changing the layout; please report this pack.');
        layout = settled;
      }
    } finally {
      await view.close();
    }
  });

  stage('print (two passes)');
  if (probe) probe.printed = await printed.save();
  stageStart = performance.now();
  report('Merging the papers', content.papers.length + 3, total);
  await mergePapers(printed, layout.inserts.map((insert) => ({ at: insert.at, pdf: papers.get(insert.paperId)! })));
  writeBookmarks(printed, layout.bookmarks);
  const when = formatLongDate(content.meeting.date);
  await stampPages(printed, { left: `${content.boardName} · ${when}`, marking: PACK_MARKINGS[variant] });
  setDocumentFacts(printed, {
    title: `${content.meeting.title}, ${when}: meeting pack${variant === 'public' ? ' (public)' : ''}`,
    author: content.boardName,
    subject: `Agenda, minutes, logs and papers for the ${content.meeting.title}`,
    producedAt: ctx.now(),
  });
  report('Saving', total, total);
  const bytes = await printed.save();
  stage('merge, bookmarks, footers, save');
  if (printed.getPageCount() !== layout.totalPages) throw new Error(`The merged pack has ${printed.getPageCount()} pages, not the ${layout.totalPages} its contents page counts.`);
  return { bytes, pageCount: printed.getPageCount() };
}

/** The minutes of a meeting as a PDF, from the same print pipeline (its headings become its bookmarks). */
export async function buildMinutesPdf(ctx: ServiceContext, printer: Printer, jobs: PrintJobs, meetingId: number, variant: PackVariant): Promise<BuiltPdf> {
  const live = liveMeetingFor(ctx, meetingId);
  const meeting = variant === 'public' ? withoutConfidential(live) : live;
  const boardName = live.plan.boardName;
  const doc = await withPrintJob(jobs, { kind: 'minutes', variant, boardName, meeting }, async (route) => {
    const view = await printer.open(route);
    try {
      return await PDFDocument.load(await view.print());
    } finally {
      await view.close();
    }
  });
  const when = formatLongDate(live.plan.meeting.date);
  await stampPages(doc, { left: `${boardName} · Minutes, ${when}`, marking: PACK_MARKINGS[variant] });
  setDocumentFacts(doc, { title: `Minutes of the ${live.plan.meeting.title}, ${when}${variant === 'public' ? ' (public)' : ''}`, author: boardName, subject: 'Minutes', producedAt: ctx.now() });
  return { bytes: await doc.save(), pageCount: doc.getPageCount() };
}
