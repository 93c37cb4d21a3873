import mammoth from 'mammoth';

// A Word paper goes into the pack as pages, not as a note that it was skipped: mammoth
// turns its content (headings, lists, tables, images) into HTML that Chromium prints.
// Layout is the pack's, not Word's; the words, tables and pictures are the paper's own.

const escape = (value: string) => value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export async function wordPaperHtml(content: Uint8Array, title: string): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(content) });
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
@page { size: A4; margin: 18mm 18mm 22mm 18mm; }
body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
table { border-collapse: collapse; margin: 3mm 0; } td, th { border: 0.5pt solid #888; padding: 1mm 2mm; vertical-align: top; }
img { max-width: 100%; }
</style></head><body>${value || '<p>(This Word document has no text.)</p>'}</body></html>`;
}
