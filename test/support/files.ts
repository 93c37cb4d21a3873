import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real PDF with one line of text per page. */
export async function makePdf(pages: string[], options: { classicTrailer?: boolean; size?: number } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: options.size ?? 14, font });
  return Buffer.from(await pdf.save({ useObjectStreams: !options.classicTrailer }));
}

/** A PDF whose trailer names an /Encrypt dictionary, as a password-protected PDF's does. */
export async function makeEncryptedPdf(): Promise<Buffer> {
  const text = (await makePdf(['Protected'], { classicTrailer: true })).toString('latin1');
  if (!/trailer\s*<</.test(text)) throw new Error('expected a classic trailer');
  return Buffer.from(text.replace(/trailer\s*<</, 'trailer\n<<\n/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>'), 'latin1');
}

/** A real Word document made by the docx library. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return Packer.toBuffer(document);
}
