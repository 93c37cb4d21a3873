import { z } from 'zod';
import type { LiveMeeting } from '../model/liveMeeting';
import type { PackContent, PackVariant } from '../model/pack';
import { recordId } from '../model/text';
import { call, Nothing, type FileOut } from './call';

// The calls that produce documents: the meeting pack (PDF), its email, the minutes as PDF.
// Printing goes through the renderer's own print views; getPrintJob is how a print view
// learns what to print.

/** What one print view prints, fixed when the export starts so both print passes agree. */
export type PrintJob =
  | { readonly kind: 'pack'; readonly content: PackContent }
  | { readonly kind: 'minutes'; readonly variant: PackVariant; readonly boardName: string; readonly meeting: LiveMeeting };

export interface ExportProgress {
  /** e.g. "Meeting pack (public)" */
  readonly what: string;
  /** What is being done now, in words. */
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export interface PackFile extends FileOut {
  readonly pageCount: number;
}

export interface PackEmail extends FileOut {
  /** False when the pack was above the size limit and the message says where it is instead. */
  readonly packAttached: boolean;
  readonly packBytes: number;
  readonly recipients: readonly string[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

export interface PackEmailDraft {
  readonly subject: string;
  readonly message: string;
  readonly recipients: readonly string[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

export const PackVariantSchema = z.enum(['confidential', 'public'], { error: 'The pack is either confidential or public' });
const PackInput = z.strictObject({ meetingId: recordId('Meeting'), variant: PackVariantSchema });

export const DEFAULT_ATTACH_LIMIT_MB = 10;

export const exportCalls = {
  getPrintJob: call('What a print view prints (the print views ask; nothing else needs it)', z.strictObject({ jobId: z.string().regex(/^[0-9a-f-]{36}$/, { error: 'Not a print job' }) })).returns<PrintJob>(),
  exportPack: call('The meeting pack as one accessible PDF, papers merged in', PackInput).returns<PackFile>(),
  exportMinutesPdf: call('The minutes as PDF (the public version leaves out confidential items)', z.strictObject({ meetingId: recordId('Meeting'), public: z.boolean() })).returns<FileOut>(),
  getPackEmailDraft: call('The covering message and recipients the pack email would have', PackInput).returns<PackEmailDraft>(),
  exportPackEmail: call(
    'An unsent email (.eml) to the invitees with the pack and the meeting request attached',
    PackInput.extend({
      message: z.string().trim().min(1, { error: 'Write a covering message' }).max(20_000, { error: 'The covering message is longer than 20,000 characters' }),
      attachLimitMb: z.number({ error: 'The size limit is a number of MB' }).min(1, { error: 'The size limit is at least 1 MB' }).max(150, { error: 'The size limit is at most 150 MB' }),
      packLocation: z.string().trim().max(500, { error: 'Where the pack is kept: at most 500 characters' }),
    }),
  ).returns<PackEmail>(),
  getExportProgress: call('How far the export under way has got (null when none is)', Nothing).returns<ExportProgress | null>(),
} as const;
