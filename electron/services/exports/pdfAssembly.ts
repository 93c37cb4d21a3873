import {
  beginMarkedContent,
  degrees,
  endMarkedContent,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  rgb,
  StandardFonts,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { PackSection } from '../../../shared/model/pack';

// After Chromium prints the pack, papers are merged in here. Other board tools lose the
// contents page numbers, the running footer and the bookmarks at this step; so the footer
// is stamped and the bookmarks are written only after the merge, from the final page list.

export interface Bookmark {
  readonly title: string;
  /** 0-based index of the page it opens. */
  readonly pageIndex: number;
}

const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '');
const normalise = (title: string) => title.replace(/\s+/g, ' ').trim();

/** The top-level bookmarks of a PDF (Chromium makes one per h1), in order. */
export function topLevelBookmarks(doc: PDFDocument): Bookmark[] {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return [];
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]));
  const found: Bookmark[] = [];
  for (let entry = outlines.lookupMaybe(PDFName.of('First'), PDFDict); entry; entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict)) {
    const dest = entry.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const target = dest?.get(0);
    found.push({ title: normalise(text(entry.lookup(PDFName.of('Title')))), pageIndex: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1 });
  }
  return found;
}

/** Where each section of the printed pack starts (0-based), read from its bookmarks and checked against the section list. */
export function sectionStarts(printed: PDFDocument, sections: readonly PackSection[]): number[] {
  const marks = topLevelBookmarks(printed);
  const expected = sections.map((s) => normalise(s.title));
  const mismatch = marks.length !== expected.length || marks.some((m, i) => m.title !== expected[i] || m.pageIndex < 0);
  if (mismatch) {
    throw new Error(`The printed pack's headings do not match its sections: expected ${JSON.stringify(expected)}, found ${JSON.stringify(marks.map((m) => m.title))}.`);
  }
  return marks.map((m) => m.pageIndex);
}

export interface PackLayout {
  /** 1-based page numbers for the contents page: each section's first page; a paper's own first page. */
  readonly numbers: Record<string, number>;
  /** Where each paper's pages go in the printed document (before merging: a 0-based index). */
  readonly inserts: readonly { readonly paperId: number; readonly at: number }[];
  readonly bookmarks: readonly Bookmark[];
  readonly totalPages: number;
}

/** Page numbers after merging: every paper's pages follow its cover sheet. */
export function packLayout(sections: readonly PackSection[], starts: readonly number[], printedPages: number, paperPages: ReadonlyMap<number, number>): PackLayout {
  const numbers: Record<string, number> = {};
  const inserts: { paperId: number; at: number }[] = [];
  const bookmarks: Bookmark[] = [];
  let added = 0;
  sections.forEach((section, i) => {
    const start = starts[i]! + added;
    if (section.kind !== 'paper' || section.paperId === undefined) {
      numbers[section.key] = start + 1;
      bookmarks.push({ title: section.title, pageIndex: start });
      return;
    }
    const at = i + 1 < sections.length ? starts[i + 1]! : printedPages;
    const pages = paperPages.get(section.paperId);
    if (pages === undefined) throw new Error(`No pages were prepared for “${section.title}”.`);
    numbers[section.key] = at + added + 1;
    bookmarks.push({ title: section.title, pageIndex: at + added });
    inserts.push({ paperId: section.paperId, at });
    added += pages;
  });
  return { numbers, inserts, bookmarks, totalPages: printedPages + added };
}

/**
 * Pages of a paper, ready to go into the pack: the paper's own structure-tree links are
 * dropped (they point into its tree, not the pack's), so the pack's tags stay valid.
 */
function detachFromStructure(paper: PDFDocument): void {
  for (const page of paper.getPages()) {
    page.node.delete(PDFName.of('StructParents'));
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      annot?.delete(PDFName.of('StructParent'));
      annot?.delete(PDFName.of('P'));
    }
  }
}

/** Inserts each paper's pages at its place (indices are those of the document before any insert). */
export async function mergePapers(doc: PDFDocument, inserts: readonly { readonly at: number; readonly pdf: PDFDocument }[]): Promise<void> {
  // From the back, so earlier indices stay valid.
  for (const { at, pdf } of [...inserts].sort((a, b) => b.at - a.at)) {
    detachFromStructure(pdf);
    const pages = await doc.copyPages(pdf, pdf.getPageIndices());
    pages.forEach((page, k) => doc.insertPage(at + k, page));
  }
}

/** Replaces the document's bookmarks with a flat list, and opens the PDF with them showing. */
export function writeBookmarks(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const context = doc.context;
  const old = doc.catalog.get(PDFName.of('Outlines'));
  if (old instanceof PDFRef) removeOutline(doc, old);
  if (bookmarks.length === 0) return void doc.catalog.delete(PDFName.of('Outlines'));
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((mark, i) => {
    const entry = context.obj({ Title: PDFHexString.fromText(mark.title), Parent: root, Dest: [pages[mark.pageIndex]!.ref, 'XYZ', null, null, null] });
    if (i > 0) entry.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) entry.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, entry);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function removeOutline(doc: PDFDocument, ref: PDFRef): void {
  const walk = (dictRef: PDFRef) => {
    const dict = doc.context.lookupMaybe(dictRef, PDFDict);
    if (!dict) return;
    for (let child = dict.get(PDFName.of('First')); child instanceof PDFRef; ) {
      const next = doc.context.lookupMaybe(child, PDFDict)?.get(PDFName.of('Next'));
      walk(child);
      child = next instanceof PDFRef ? next : undefined;
    }
    doc.context.delete(dictRef);
  };
  walk(ref);
}

export interface Footer {
  /** Bottom left of every page, e.g. the board and the meeting date. */
  readonly left: string;
  /** Top right of every page, e.g. "CONFIDENTIAL — not for publication". */
  readonly marking: string;
}

/** Only characters the standard font can draw (it has no Welsh ŵ, for one); others become "?". */
function drawable(font: PDFFont, value: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...value].map((c) => (supported.has(c.codePointAt(0)!) ? c : '?')).join('');
}

/**
 * Stamps "Page N of M", the footer text and the marking on every page, after the merge so
 * N and M count the papers' pages too. Marked as pagination artifacts, so a screen reader
 * does not read them into the middle of the text.
 */
export async function stampPages(doc: PDFDocument, footer: Footer): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = doc.getPages();
  const left = drawable(font, footer.left);
  const marking = drawable(bold, footer.marking);
  pages.forEach((page, i) => {
    const number = `Page ${i + 1} of ${pages.length}`;
    const size = 8;
    const place = placer(page);
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawText(left, { ...place(28, 22), size, font, color: rgb(0.25, 0.25, 0.25), rotate: degrees(place.angle) });
    page.drawText(number, { ...place(place.width - 28 - font.widthOfTextAtSize(number, size), 22), size, font, color: rgb(0.1, 0.1, 0.1), rotate: degrees(place.angle) });
    page.drawText(marking, { ...place(place.width - 28 - bold.widthOfTextAtSize(marking, size), place.height - 20), size, font: bold, color: rgb(0.55, 0.07, 0.09), rotate: degrees(place.angle) });
    page.pushOperators(endMarkedContent());
  });
}

/** Maps a point measured on the page as it is shown (after /Rotate) to the page's own coordinates. */
function placer(page: PDFPage) {
  const box = page.getCropBox();
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const turned = angle === 90 || angle === 270;
  const width = turned ? box.height : box.width;
  const height = turned ? box.width : box.height;
  const place = (vx: number, vy: number) => {
    if (angle === 90) return { x: box.x + box.width - vy, y: box.y + vx };
    if (angle === 180) return { x: box.x + box.width - vx, y: box.y + box.height - vy };
    if (angle === 270) return { x: box.x + vy, y: box.y + box.height - vx };
    return { x: box.x + vx, y: box.y + vy };
  };
  return Object.assign(place, { width, height, angle });
}

export interface DocumentFacts {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly producedAt: Date;
}

export function setDocumentFacts(doc: PDFDocument, facts: DocumentFacts): void {
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(facts.author);
  doc.setSubject(facts.subject);
  doc.setLanguage('en-GB');
  doc.setCreator('Quorate');
  doc.setProducer('Quorate (Chromium, pdf-lib)');
  doc.setCreationDate(facts.producedAt);
  doc.setModificationDate(facts.producedAt);
}
