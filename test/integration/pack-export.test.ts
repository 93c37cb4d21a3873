import { execFileSync } from 'node:child_process';
import { simpleParser, type AddressObject } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import type { PackEmail, PackFile } from '../../shared/api/exportCalls';
import type { ActionLog } from '../../shared/api/trackingCalls';
import type { MeetingPlan } from '../../shared/model/preparation';
import { makeDocx, makePdf } from '../support/files';
import { bookmarks, pageTexts, pdfInfo, printingSession, writeTemp } from '../support/printing';
import { useTempDir } from '../support/temp';

// The meeting pack, read back by tools that had no part in making it: poppler's pdfinfo
// and pdftotext, qpdf for the bookmarks and the structure tree, mailparser for the email.

const newPath = useTempDir();
jest.setTimeout(120_000);

type Session = Awaited<ReturnType<typeof printingSession>>;

const SECRET = 'ZULU';
const PRIVATE_REASON = 'Paragraph 3 of Schedule 12A: information about the financial or business affairs of a provider';

/** Meeting 8 of the demo board with a three-page PDF paper, a Word paper and a confidential item with its own paper. */
async function meetingWithPapers(call: Session['call']): Promise<MeetingPlan> {
  let plan = await call<MeetingPlan>('getMeetingPlan', { meetingId: 8 });
  const [first, second] = [plan.items[1]!, plan.items[2]!];
  await call('attachPaper', {
    agendaItemId: first.id, title: 'Finance update', author: 'Elaine Marsh', fileName: 'finance.pdf',
    content: await makePdf(['ALPHA first page of the finance paper', 'ALPHA second page', 'ALPHA third page']),
  });
  await call('attachPaper', { agendaItemId: second.id, title: 'Co-production charter', author: '', fileName: 'charter.docx', content: await makeDocx(['BRAVO the charter in Word', 'Second paragraph of the charter']) });
  plan = await call<MeetingPlan>('addAgendaItem', {
    meetingId: 8, title: `Placement provider negotiations ${SECRET}TITLE`, presenterPersonId: null, purpose: 'decision', minutesAllowed: 15,
    confidential: true, confidentialReason: PRIVATE_REASON, areaId: null, paperExpected: true,
  });
  const secret = plan.items.find((i) => i.confidential && i.title.includes(SECRET))!;
  await call('attachPaper', { agendaItemId: secret.id, title: `Negotiation position ${SECRET}PAPERTITLE`, author: '', fileName: 'secret.pdf', content: await makePdf([`${SECRET}SECRET the provider's price`]) });
  return call<MeetingPlan>('getMeetingPlan', { meetingId: 8 });
}

const secretItem = (plan: MeetingPlan) => plan.items.find((i) => i.confidential && i.title.includes(SECRET))!;

/** The contents page's lines "Title ..... N" as title → page. */
function contentsOf(page: string): Map<string, number> {
  const entries = new Map<string, number>();
  for (const line of page.split('\n')) {
    const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
    if (match) entries.set(match[1]!, Number(match[2]));
  }
  return entries;
}

/** Every dictionary in the file, as qpdf reads it. */
function objects(file: string): Record<string, unknown>[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  return Object.values(json.qpdf[1])
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** Every structure element of a kind, with its /Alt. */
function structureElements(file: string, kind: string): { alt: string | null }[] {
  return objects(file)
    .filter((v) => v['/S'] === `/${kind}`)
    .map((v) => ({ alt: typeof v['/Alt'] === 'string' ? (v['/Alt'] as string).replace(/^u:/, '') : null }));
}

describe('the meeting pack (PDF)', () => {
  let s: Session;
  let plan: MeetingPlan;
  let file: string;
  let pages: string[];
  beforeAll(async () => {
    s = await printingSession(newPath(), { demo: true });
    plan = await meetingWithPapers(s.call);
    const pack = await s.call<PackFile>('exportPack', { meetingId: 8, variant: 'confidential' });
    file = writeTemp(`${newPath()}.pack.pdf`, pack.content);
    pages = pageTexts(file);
  });
  afterAll(() => s?.close());

  test('is a tagged PDF with a title and language, and every page says "Page N of M"', () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Local Area SEND Partnership Board, Tuesday 26 November 2024: meeting pack');
    expect(Number(info.Pages)).toBe(pages.length);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(objects(file).find((o) => o['/Type'] === '/Catalog')?.['/Lang']).toBe('u:en-GB');
  });

  test('names every agenda item and every open action', async () => {
    const all = pages.join('\n');
    for (const item of plan.items) expect(all).toContain(item.title);
    const log = await s.call<ActionLog>('getActionLog', { boardId: plan.meeting.boardId, statuses: ['open', 'in_progress'] });
    expect(log.rows.length).toBeGreaterThan(0);
    for (const action of log.rows) expect(all).toContain(action.reference);
  });

  test("puts each section and each paper's text on the page the contents page claims, Word papers included", () => {
    const contents = contentsOf(pages[1]!);
    const expectOn = (entry: string, text: string) => {
      const page = contents.get(entry);
      expect([entry, page]).toEqual([entry, expect.any(Number)]);
      expect(pages[page! - 1]).toContain(text);
    };
    expectOn('Agenda', 'Agenda');
    expectOn('Minutes of the last meeting', 'Minutes of the last meeting');
    expectOn('Action and impact log', 'Action and impact log');
    expectOn('Risk register', 'Risk register');
    expectOn('Improvement plan dashboard', 'Improvement plan dashboard');
    expectOn('Paper for item 2: Finance update', 'ALPHA first page of the finance paper');
    expectOn('Paper for item 3: Co-production charter', 'BRAVO the charter in Word');
    expectOn(`Paper for item ${secretItem(plan).number}: Negotiation position ${SECRET}PAPERTITLE`, `${SECRET}SECRET`);
    // The three-page paper's pages stay in order, and its cover sheet comes just before it.
    const alpha = contents.get('Paper for item 2: Finance update')!;
    expect(pages[alpha]).toContain('ALPHA second page');
    expect(pages[alpha + 1]).toContain('ALPHA third page');
    expect(pages[alpha - 2]).toContain('Agenda item 2:');
    // The agenda points at the same page.
    expect(pages[contents.get('Agenda')! - 1]!.replace(/\s+/g, ' ')).toContain(`Finance update (page ${alpha})`);
  });

  test('has a bookmark for every section and paper, pointing at the same pages as the contents', () => {
    const contents = contentsOf(pages[1]!);
    const marks = bookmarks(file);
    expect(marks.map((m) => m.title)).toEqual([
      'Local Area SEND Partnership Board', 'Contents', 'Agenda', 'Attendance at the last meeting', 'Minutes of the last meeting', 'Action and impact log',
      'Decisions since the last meeting', 'Risk register', 'Improvement plan dashboard', 'Item 2: Finance update', 'Item 3: Co-production charter',
      `Item ${secretItem(plan).number}: Negotiation position ${SECRET}PAPERTITLE`,
    ]);
    for (const mark of marks.slice(2)) {
      const entry = mark.title.startsWith('Item ') ? `Paper for item ${mark.title.slice(5)}` : mark.title;
      expect([mark.title, mark.page]).toEqual([mark.title, contents.get(entry)]);
    }
  });

  test('gives every chart a text alternative, and tables header cells', () => {
    const figures = structureElements(file, 'Figure');
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) expect(figure.alt).toMatch(/: from .* to .*\./);
    expect(structureElements(file, 'TH').length).toBeGreaterThan(20);
    const headings = structureElements(file, 'H1');
    expect(headings).toHaveLength(bookmarks(file).length); // one per printed section, paper cover sheets included
  });

  test('marks the last meeting\'s minutes DRAFT until they are approved', () => {
    const contents = contentsOf(pages[1]!);
    expect(pages[contents.get('Minutes of the last meeting')! - 1]).toMatch(/DRAFT — circulated, to be approved at this meeting/);
  });

  test('the public variant leaves out the confidential item, its paper and its title, and says why on the contents page', async () => {
    const pack = await s.call<PackFile>('exportPack', { meetingId: 8, variant: 'public' });
    const publicFile = writeTemp(`${newPath()}.public.pdf`, pack.content);
    const text = pageTexts(publicFile).join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).toContain('ALPHA first page');
    const contentsPage = pageTexts(publicFile)[1]!;
    expect(contentsPage).toMatch(/Items withheld from this public pack/);
    expect(contentsPage.replace(/\s+/g, ' ')).toContain(`Item ${secretItem(plan).number}: ${PRIVATE_REASON}`);
    expect(pdfInfo(publicFile).Title).toMatch(/meeting pack \(public\)$/);
    expect(bookmarks(publicFile).map((m) => m.title).join('|')).not.toContain(SECRET);
  });

  test("the public variant leaves out the words of the last meeting's private item", async () => {
    const minutesWords = /Specialist placement sufficiency \(commercially sensitive\): the board received/;
    const full = pageTexts(writeTemp(`${newPath()}.7.pdf`, (await s.call<PackFile>('exportPack', { meetingId: 7, variant: 'confidential' })).content)).join('\n');
    const open = pageTexts(writeTemp(`${newPath()}.7p.pdf`, (await s.call<PackFile>('exportPack', { meetingId: 7, variant: 'public' })).content)).join('\n');
    expect(full.replace(/\s+/g, ' ')).toMatch(minutesWords);
    expect(open.replace(/\s+/g, ' ')).not.toMatch(minutesWords);
    expect(open).toMatch(/Taken in private: Contains information about the financial or business affairs/);
  });

  test('the email draft is addressed to the invitees and carries the pack and the meeting request', async () => {
    await s.call('saveSettings', { userName: 'Sam Secretary', userEmail: 'sam.secretary@example.gov.uk' });
    const draft = await s.call<{ message: string; recipients: string[] }>('getPackEmailDraft', { meetingId: 8, variant: 'confidential' });
    const email = await s.call<PackEmail>('exportPackEmail', { meetingId: 8, variant: 'confidential', message: `${draft.message}\n\nPS: room change to follow.`, attachLimitMb: 10, packLocation: '' });
    const parsed = await simpleParser(Buffer.from(email.content));
    expect(parsed.headers.get('x-unsent')).toBe('1');
    const to = (parsed.to as AddressObject).value.map((a) => a.address);
    expect(to.length).toBe(draft.recipients.length);
    expect(to).toContain(draft.recipients[0]!.replace(/^.*<|>$/g, ''));
    expect(parsed.from?.value[0]?.address).toBe('sam.secretary@example.gov.uk');
    expect(parsed.text).toContain('PS: room change to follow.');
    const [pdf, ics] = [parsed.attachments.find((a) => a.contentType === 'application/pdf'), parsed.attachments.find((a) => a.contentType === 'text/calendar')];
    expect(pdf?.filename).toBe('Local Area SEND Partnership Board 2024-11-26 pack.pdf');
    expect((await PDFDocument.load(pdf!.content)).getPageCount()).toBe(pages.length);
    expect(ics?.content.toString('utf8')).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART;TZID=Europe\/London:20241126T/);
  });

  test('above the size limit the email says where the pack is instead of attaching it, and asks for that place first', async () => {
    // A paper of 1.5 MB that does not compress makes the pack larger than the 1 MB limit.
    const big = await PDFDocument.create();
    const page = big.addPage([595, 842]);
    const noise = Buffer.from(Array.from({ length: 1_200_000 }, () => Math.floor(Math.random() * 256))).toString('base64');
    page.node.addContentStream(big.context.register(big.context.stream(`% ${noise}\n`)));
    await s.call('attachPaper', { agendaItemId: plan.items[3]!.id, title: 'Large appendix', author: '', fileName: 'large.pdf', content: Buffer.from(await big.save({ useObjectStreams: false })) });
    const refusal = await s.refused('exportPackEmail', { meetingId: 8, variant: 'public', message: 'Dear all', attachLimitMb: 1, packLocation: '' });
    expect(refusal.message).toMatch(/^The pack is \d+\.\d MB, above the 1 MB limit for attachments: say where it is kept/);
    const email = await s.call<PackEmail>('exportPackEmail', { meetingId: 8, variant: 'public', message: 'Dear all', attachLimitMb: 1, packLocation: 'https://council.example.gov.uk/laspb/packs' });
    expect(email.packAttached).toBe(false);
    const parsed = await simpleParser(Buffer.from(email.content));
    expect(parsed.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    expect(parsed.text).toMatch(/too large to attach; it is at: https:\/\/council\.example\.gov\.uk\/laspb\/packs/);
  });

  test('one export at a time: a second one is refused while the first runs, and progress is readable meanwhile', async () => {
    const first = s.call<PackFile>('exportPack', { meetingId: 8, variant: 'confidential' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const progress = await s.call<{ what: string; step: string } | null>('getExportProgress', {});
    expect(progress?.what).toBe('Meeting pack');
    expect((await s.refused('exportPack', { meetingId: 8, variant: 'public' })).message).toBe('Meeting pack is being exported; wait for it to finish.');
    await first;
    expect(await s.call('getExportProgress', {})).toBeNull();
  });
});

describe('the minutes as PDF', () => {
  test('carry the draft marking, attendance, decisions and actions; tagged, with a title', async () => {
    const s = await printingSession(newPath(), { demo: true });
    try {
      const out = await s.call<{ fileName: string; content: Uint8Array }>('exportMinutesPdf', { meetingId: 7, public: false });
      expect(out.fileName).toBe('Local Area SEND Partnership Board 2024-10-29 minutes.pdf');
      const file = writeTemp(`${newPath()}.minutes.pdf`, out.content);
      const text = pageTexts(file).join('\n').replace(/[ \t]+/g, ' ');
      expect(text).toMatch(/Minutes of the Local Area SEND Partnership Board/);
      expect(text).toMatch(/DRAFT — circulated, to be approved at this meeting/);
      expect(text).toMatch(/Decision D029:/);
      expect(text).toMatch(/Action A016: Report 20-week compliance by locality and cause of delay/);
      expect(pdfInfo(file)).toMatchObject({ Tagged: 'yes', Title: 'Minutes of the Local Area SEND Partnership Board, Tuesday 29 October 2024' });
    } finally {
      await s.close();
    }
  });
});
