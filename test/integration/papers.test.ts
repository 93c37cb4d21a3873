import { zipSync } from 'fflate';
import { inspectPaper, MAX_DOCX_UNPACKED_BYTES } from '../../electron/services/papers/inspect';
import { dispatch } from '../../electron/services/dispatch';
import { openAppSession } from '../../electron/services/session';
import type { MeetingPlan } from '../../shared/model/preparation';
import { makeDocx, makeEncryptedPdf, makePdf } from '../support/files';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

describe('a paper is checked by what it is, not what it is called', () => {
  test('a PDF is accepted with its page count', async () => {
    await expect(inspectPaper('Recovery plan.pdf', await makePdf(['one', 'two', 'three']))).resolves.toEqual({ mediaType: 'application/pdf', pageCount: 3 });
  });

  test('a Word document is accepted', async () => {
    await expect(inspectPaper('Report.docx', await makeDocx(['Impact for children, young people and families']))).resolves.toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  test.each([
    ['an empty file', 'empty.pdf', async () => Buffer.alloc(0), /“empty.pdf” is empty \(0 bytes\)/],
    ['a Word file renamed .pdf', 'report.pdf', () => makeDocx(['x']), /is a Word document but is named \.pdf/],
    ['a text file renamed .pdf', 'notes.pdf', async () => Buffer.from('Minutes of the meeting'), /is named \.pdf but is not a PDF \(it may have been renamed\)/],
    ['an encrypted PDF', 'secret.pdf', makeEncryptedPdf, /is password-protected or encrypted/],
    ['a truncated PDF', 'half.pdf', async () => (await makePdf(['a', 'b'])).subarray(0, 300), /looks like a PDF but cannot be read|is a PDF with no pages/],
    ['an old .doc', 'old.doc', async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-style Word \.doc or a password-protected Office file/],
    ['a zip that is not Word', 'archive.docx', async () => Buffer.from(zipSync({ 'readme.txt': new TextEncoder().encode('hello') })), /not a Word document \(it has no word\/document\.xml\)/],
    ['a spreadsheet', 'budget.xlsx', async () => Buffer.from('PLAIN TEXT'), /is neither a PDF nor a Word \(\.docx\) document/],
  ])('%s is refused with a specific message', async (_what, fileName, make, message) => {
    await expect(inspectPaper(fileName, await make())).rejects.toThrow(message);
  });

  test('a zip bomb posing as Word is refused before it is inflated', async () => {
    // 300 MiB of zeros compresses to a few hundred KiB.
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': new Uint8Array(MAX_DOCX_UNPACKED_BYTES + 1) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    await expect(inspectPaper('bomb.docx', bomb)).rejects.toThrow(/would unpack to more than 200 MiB/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('papers through the API, on a real database', () => {
  async function meetingWithItem() {
    const session = await openAppSession(newPath(), 'browser');
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const result = await dispatch(session.handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as T;
    };
    const board = await call<{ id: number }>('createBoard', { name: 'LASPB' });
    const meeting = await call<{ id: number }>('scheduleMeeting', { boardId: board.id, title: 'LASPB', date: '2030-11-26', startTime: '14:00', endTime: '16:00', place: '' });
    const plan = await call<MeetingPlan>('addAgendaItem', {
      meetingId: meeting.id, title: 'EHC recovery plan', presenterPersonId: null, purpose: 'decision', minutesAllowed: 20,
      confidential: false, confidentialReason: '', areaId: null, paperExpected: true,
    });
    return { session, call, itemId: plan.items[0]!.id, meetingId: meeting.id };
  }

  test('attach, replace (keeping the old version), and read back the exact bytes', async () => {
    const { session, call, itemId, meetingId } = await meetingWithItem();
    const v1 = await makePdf(['v1 page 1', 'v1 page 2']);
    let plan = await call<MeetingPlan>('attachPaper', { agendaItemId: itemId, title: '', author: 'Elaine Marsh', fileName: 'EHC_recovery-plan.pdf', content: v1 });
    expect(plan.items[0]!.papers).toEqual([expect.objectContaining({ title: 'EHC recovery plan', version: 1, pageCount: 2 })]);
    expect(plan.missingPapers).toEqual([]);
    const v2 = await makeDocx(['Version two']);
    plan = await call<MeetingPlan>('replacePaper', { paperId: plan.items[0]!.papers[0]!.id, fileName: 'EHC recovery plan v2.docx', content: v2 });
    const current = plan.items[0]!.papers[0]!;
    expect(current).toMatchObject({ version: 2, fileName: 'EHC recovery plan v2.docx' });
    const file = await call<{ content: Uint8Array }>('getPaperFile', { paperId: current.id });
    expect(Buffer.from(file.content).equals(v2)).toBe(true);
    const old = await call<{ content: Uint8Array }>('getPaperFile', { paperId: current.id - 1 });
    expect(Buffer.from(old.content).equals(v1)).toBe(true);
    expect(meetingId).toBeGreaterThan(0);
    session.close();
  });

  test('a refused file leaves nothing behind', async () => {
    const { session, itemId } = await meetingWithItem();
    const result = await dispatch(session.handlers, 'attachPaper', { agendaItemId: itemId, title: '', author: '', fileName: 'fake.pdf', content: Buffer.from('not a pdf') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/is not a PDF/) } });
    const db = session.db()!;
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM file_contents').pluck().get()).toBe(0);
    session.close();
  });

  test('an expected paper that is missing is listed against its presenter', async () => {
    const { session, call, meetingId } = await meetingWithItem();
    const plan = await call<MeetingPlan>('getMeetingPlan', { meetingId });
    expect(plan.missingPapers).toEqual([{ presenterName: 'No presenter named', items: [expect.objectContaining({ title: 'EHC recovery plan' })] }]);
    session.close();
  });
});
