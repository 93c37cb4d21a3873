import type { Handlers } from '../../../shared/api/contract';
import type { ExportProgress } from '../../../shared/api/exportCalls';
import { formatLongDate, formatTimeRange } from '../../../shared/dates';
import type { PackVariant } from '../../../shared/model/pack';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { fileSafe, meetingInvitees, meetingRequest } from '../invitations';
import { buildMinutesPdf, buildPack, type PrintJobs, type Report } from './pack';
import { packEmail } from './packEmail';
import type { Printer } from './printer';

type ExportHandlers = Pick<Handlers, 'getPrintJob' | 'exportPack' | 'exportMinutesPdf' | 'getPackEmailDraft' | 'exportPackEmail' | 'getExportProgress'>;

const PDF = 'application/pdf';
const MB = 1024 * 1024;

/** The meeting pack, its email and the minutes as PDF. One export at a time, with its progress readable meanwhile. */
export function exportServices(ctx: ServiceContext, printerFor: () => Printer | null): ExportHandlers {
  const jobs: PrintJobs = new Map();
  let progress: ExportProgress | null = null;

  const printer = (): Printer => {
    const found = printerFor();
    if (!found) throw new ServiceError('unavailable', 'PDFs cannot be made here: no Chromium was found to print with. Install Chromium (or set QUORATE_BROWSER to one) and start Quorate again.');
    return found;
  };

  /** Runs one export, refusing a second while it runs, and keeps its progress for getExportProgress. */
  const exclusive = async <T>(what: string, work: (report: Report) => Promise<T>): Promise<T> => {
    if (progress) throw new ServiceError('conflict', `${progress.what} is being exported; wait for it to finish.`);
    progress = { what, step: 'Starting', done: 0, total: 1 };
    try {
      return await work((step, done, total) => {
        progress = { what, step, done, total };
      });
    } finally {
      progress = null;
    }
  };

  const packName = (meetingId: number, variant: PackVariant) => {
    const meeting = ctx.meeting(meetingId);
    return `${fileSafe(`${meeting.title} ${meeting.date} pack${variant === 'public' ? ' (public)' : ''}`)}.pdf`;
  };
  const variantLabel = (variant: PackVariant) => (variant === 'public' ? 'Meeting pack (public)' : 'Meeting pack');

  const coveringMessage = (meetingId: number, variant: PackVariant) => {
    const meeting = ctx.meeting(meetingId);
    const when = `${formatLongDate(meeting.date)}, ${formatTimeRange(meeting.startTime, meeting.endTime)}`;
    const hasPrivate = ctx.repos.agenda.items(meetingId).some((i) => i.confidential);
    return {
      subject: `Meeting pack: ${meeting.title}, ${formatLongDate(meeting.date)}${variant === 'public' ? ' (public version)' : ''}`,
      message: [
        'Dear colleagues,',
        '',
        `Please find attached the pack for the ${meeting.title} on ${when}${meeting.place ? `, at ${meeting.place}` : ''}.`,
        '',
        'The contents page lists every section and paper with its page number; the PDF’s bookmarks lead to each.',
        ...(variant === 'confidential' && hasPrivate ? ['', 'This pack includes items to be taken in private (Part II). Please do not forward or publish it.'] : []),
        '',
        'The meeting request is attached again for your calendar.',
        '',
        'Kind regards,',
        ctx.repos.settings.userName(),
      ].join('\n'),
    };
  };

  return {
    getPrintJob: ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new ServiceError('not_found', 'That print job has finished or never existed.');
      return job;
    },
    getExportProgress: () => progress,
    exportPack: ({ meetingId, variant }) =>
      exclusive(variantLabel(variant), async (report) => {
        const fileName = packName(meetingId, variant);
        const pack = await buildPack(ctx, printer(), jobs, meetingId, variant, report);
        return { fileName, mediaType: PDF, content: pack.bytes, pageCount: pack.pageCount };
      }),
    exportMinutesPdf: ({ meetingId, public: isPublic }) =>
      exclusive(isPublic ? 'Minutes (public)' : 'Minutes', async (report) => {
        report('Printing the minutes', 0, 1);
        const meeting = ctx.meeting(meetingId);
        const pdf = await buildMinutesPdf(ctx, printer(), jobs, meetingId, isPublic ? 'public' : 'confidential');
        return { fileName: `${fileSafe(`${meeting.title} ${meeting.date} minutes${isPublic ? ' (public)' : ''}`)}.pdf`, mediaType: PDF, content: pdf.bytes };
      }),
    getPackEmailDraft: ({ meetingId, variant }) => {
      const { invited, skipped } = meetingInvitees(ctx, meetingId);
      return { ...coveringMessage(meetingId, variant), recipients: invited.map((m) => `${m.person.name} <${m.person.email}>`), skipped };
    },
    exportPackEmail: ({ meetingId, variant, message, attachLimitMb, packLocation }) =>
      exclusive(`Email with the ${variantLabel(variant).toLowerCase()}`, async (report) => {
        // Checked before the long part: no organiser address or no invitees stops here.
        const request = meetingRequest(ctx, meetingId, ctx.repos.meetings.lastCalendarSequence);
        const pack = await buildPack(ctx, printer(), jobs, meetingId, variant, report);
        const attach = pack.bytes.byteLength <= attachLimitMb * MB;
        const size = `${(pack.bytes.byteLength / MB).toFixed(1)} MB`;
        if (!attach && !packLocation) {
          throw new ServiceError('invalid_input', `The pack is ${size}, above the ${attachLimitMb} MB limit for attachments: say where it is kept (a shared folder or link), and the email will point there.`);
        }
        const text = attach ? message : `${message}\n\nThe pack (${size}) is too large to attach; it is at: ${packLocation}`;
        const fileName = packName(meetingId, variant);
        const { subject } = coveringMessage(meetingId, variant);
        const eml = await packEmail({
          from: request.organiser,
          to: request.invited.map((m) => ({ name: m.person.name, email: m.person.email })),
          subject,
          text,
          pack: attach ? { fileName, content: pack.bytes } : null,
          calendar: { fileName: `${fileSafe(`${request.meeting.title} ${request.meeting.date}`)}.ics`, content: request.calendar },
          date: ctx.now(),
        });
        return {
          fileName: `${fileSafe(`${request.meeting.title} ${request.meeting.date} pack email`)}.eml`,
          mediaType: 'message/rfc822',
          content: eml,
          packAttached: attach,
          packBytes: pack.bytes.byteLength,
          recipients: request.invited.map((m) => m.person.name),
          skipped: request.skipped,
        };
      }),
  };
}
