import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { PAPER_MEDIA_TYPES, type PaperMediaType } from '../../../shared/model/agenda';
import { ServiceError } from '../errors';
import { messageOf } from '../../../shared/errors';

// What a paper's bytes really are, decided by their content (not the file name), with a
// specific reason for anything that cannot go into a pack.

export interface InspectedPaper {
  readonly mediaType: PaperMediaType;
  /** Pages of a PDF; for Word, the count Word saved in the file (if it did). */
  readonly pageCount: number | null;
}

/** A .docx may not unpack to more than this (a zip bomb is refused before it is inflated). */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK..
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old .doc, or an encrypted Office file

function refuse(fileName: string, why: string): never {
  throw new ServiceError('invalid_input', `“${fileName}” ${why}`);
}

export async function inspectPaper(fileName: string, bytes: Uint8Array): Promise<InspectedPaper> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.byteLength === 0) refuse(fileName, 'is empty (0 bytes). Nothing was attached.');

  // Some PDF writers put a few bytes before the header; the PDF specification allows 1 KiB.
  const pdfAt = findPdfHeader(bytes);
  if (pdfAt >= 0) {
    if (extension !== 'pdf') refuse(fileName, `is a PDF but is named .${extension || '(no extension)'}; rename it to .pdf and attach it again.`);
    return { mediaType: PAPER_MEDIA_TYPES.pdf, pageCount: await pdfPageCount(fileName, bytes) };
  }
  if (startsWith(bytes, ZIP)) {
    const pageCount = docxPageCount(fileName, bytes);
    if (extension !== 'docx') refuse(fileName, `is a Word document but is named .${extension || '(no extension)'}; rename it to .docx.`);
    return { mediaType: PAPER_MEDIA_TYPES.docx, pageCount };
  }
  if (startsWith(bytes, OLE)) {
    refuse(fileName, 'is an old-style Word .doc or a password-protected Office file. Save it as an unprotected .docx (File › Save As in Word) and attach that.');
  }
  if (extension === 'pdf') refuse(fileName, 'is named .pdf but is not a PDF (it may have been renamed). Export a real PDF and attach that.');
  if (extension === 'docx') refuse(fileName, 'is named .docx but is not a Word document.');
  return refuse(fileName, 'is neither a PDF nor a Word (.docx) document. Papers must be one of these.');
}

function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.byteLength - PDF.length, 1024);
  for (let i = 0; i <= limit; i += 1) if (PDF.every((b, j) => bytes[i + j] === b)) return i;
  return -1;
}

async function pdfPageCount(fileName: string, bytes: Uint8Array): Promise<number> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    const message = messageOf(error);
    if (/encrypt/i.test(message)) refuse(fileName, 'is password-protected or encrypted, so it cannot go into the pack. Ask the author for an unprotected copy.');
    return refuse(fileName, `looks like a PDF but cannot be read (${message.slice(0, 120)}). It may be damaged or only partly downloaded.`);
  }
  const pages = document.getPageCount();
  if (pages === 0) refuse(fileName, 'is a PDF with no pages.');
  return pages;
}

function docxPageCount(fileName: string, bytes: Uint8Array): number | null {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        // Sizes come from the zip's directory, before anything is inflated.
        unpacked += file.originalSize;
        if (unpacked > MAX_DOCX_UNPACKED_BYTES) throw new RangeError('too large when unpacked');
        return file.name === '[Content_Types].xml' || file.name === 'word/document.xml' || file.name === 'docProps/app.xml';
      },
    });
  } catch (error) {
    if (error instanceof RangeError) refuse(fileName, `would unpack to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MiB, which no real paper does. It was not attached.`);
    return refuse(fileName, 'is a damaged or incomplete zip file, not a readable Word document.');
  }
  if (!files['[Content_Types].xml'] || !files['word/document.xml']) refuse(fileName, 'is a zip file but not a Word document (it has no word/document.xml).');
  const app = files['docProps/app.xml'];
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(new TextDecoder().decode(app))?.[1] : undefined;
  return pages === undefined || Number(pages) < 1 ? null : Number(pages);
}
