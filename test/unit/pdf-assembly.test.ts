import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import type { PackSection } from '../../shared/model/pack';
import { packLayout, stampPages } from '../../electron/services/exports/pdfAssembly';

// Where papers go in the pack and which page numbers the contents page then shows.

const sections: PackSection[] = [
  { key: 'cover', kind: 'cover', title: 'Board' },
  { key: 'contents', kind: 'contents', title: 'Contents' },
  { key: 'agenda', kind: 'agenda', title: 'Agenda' },
  { key: 'paper-1', kind: 'paper', title: 'Item 2: Finance', paperId: 1 },
  { key: 'paper-2', kind: 'paper', title: 'Item 4: Charter', paperId: 2 },
];

describe('packLayout', () => {
  test("counts each paper's pages into everything after it, and points each paper's entry at its own first page", () => {
    // Printed: cover 0, contents 1, agenda 2–3, cover sheet of paper 1 on 4, of paper 2 on 5.
    const layout = packLayout(sections, [0, 1, 2, 4, 5], 6, new Map([[1, 3], [2, 10]]));
    expect(layout.numbers).toEqual({ cover: 1, contents: 2, agenda: 3, 'paper-1': 6, 'paper-2': 10 });
    expect(layout.inserts).toEqual([{ paperId: 1, at: 5 }, { paperId: 2, at: 6 }]);
    expect(layout.bookmarks.map((b) => b.pageIndex)).toEqual([0, 1, 2, 5, 9]);
    expect(layout.totalPages).toBe(19);
  });

  test('refuses a paper whose pages were not prepared rather than number the pack wrongly', () => {
    expect(() => packLayout(sections, [0, 1, 2, 4, 5], 6, new Map([[1, 3]]))).toThrow('No pages were prepared for “Item 4: Charter”.');
  });
});

describe('stampPages', () => {
  test('writes "Page N of M" and the marking on every page, landscape and rotated ones included', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('portrait', { x: 50, y: 700, font, size: 12 });
    doc.addPage([842, 595]).drawText('landscape', { x: 50, y: 500, font, size: 12 });
    const turned = doc.addPage([595, 842]);
    turned.setRotation(degrees(90));
    await stampPages(doc, { left: 'Board · 1 December 2026 — Ŵales', marking: 'PUBLIC' });
    const dir = mkdtempSync(join(tmpdir(), 'quorate-stamp-'));
    try {
      const file = join(dir, 'stamped.pdf');
      writeFileSync(file, await doc.save());
      const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
      [1, 2, 3].forEach((n) => {
        expect(pages[n - 1]).toContain(`Page ${n} of 3`);
        expect(pages[n - 1]).toContain('PUBLIC');
      });
      // The standard font has no ŵ: it is replaced, not dropped silently with the rest of the line.
      expect(pages[0]).toContain('Board · 1 December 2026 — ?ales');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
