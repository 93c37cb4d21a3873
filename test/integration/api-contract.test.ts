import { CALL_NAMES, contract } from '../../shared/api/contract';
import { dispatch } from '../../electron/services/dispatch';
import { openAppSession } from '../../electron/services/session';
import { recordingHandlers } from '../support/handlers';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

// Payloads as they arrive from IPC or HTTP: anything at all.
const validMeeting = { boardId: 1, title: 'Board', date: '2024-11-26', startTime: '14:00', endTime: '16:00', place: '' };
const hostile: [string, string, unknown][] = [
  ['no payload', 'createBoard', undefined],
  ['null', 'createBoard', null],
  ['an array', 'createBoard', [{ name: 'Board' }]],
  ['a string', 'createBoard', 'Board'],
  ['a number for a name', 'createBoard', { name: 42 }],
  ['a blank name', 'createBoard', { name: '   ' }],
  ['an extra key', 'createBoard', { name: 'Board', isAdmin: true }],
  ['a __proto__ key', 'createBoard', JSON.parse('{"name":"Board","__proto__":{"polluted":true}}')],
  ['a constructor key', 'listBoards', { constructor: { prototype: { polluted: true } } }],
  ['a huge string', 'createBoard', { name: 'x'.repeat(5_000_000) }],
  ['control characters', 'createBoard', { name: 'Board\u0000\u0007' }],
  ['a nested object for a name', 'createBoard', { name: { toString: 'Board' } }],
  ['a string id', 'listMeetings', { boardId: '1' }],
  ['a negative id', 'listMeetings', { boardId: -1 }],
  ['a fractional id', 'listMeetings', { boardId: 1.5 }],
  ['an enormous id', 'listMeetings', { boardId: 2 ** 53 }],
  ['NaN for an id', 'listMeetings', { boardId: Number.NaN }],
  ['an impossible date', 'scheduleMeeting', { ...validMeeting, date: '2023-02-29' }],
  ['a date the wrong way round', 'scheduleMeeting', { ...validMeeting, date: '26/11/2024' }],
  ['an SQL fragment as a date', 'scheduleMeeting', { ...validMeeting, date: "2024-11-26'; DROP TABLE meetings;--" }],
  ['a time past midnight', 'scheduleMeeting', { ...validMeeting, startTime: '25:00' }],
  ['an end before the start', 'scheduleMeeting', { ...validMeeting, startTime: '16:00', endTime: '14:00' }],
  ['a missing field', 'scheduleMeeting', { boardId: 1, title: 'Board', date: '2024-11-26' }],
];

describe('every call is parsed against its schema before any service sees it', () => {
  test.each(hostile)('%s is refused with a clear message and no service runs', async (_what, name, payload) => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch(handlers, name, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message.length).toBeGreaterThan(5);
    expect(result.error.message.length).toBeLessThan(1_000); // never echoes a huge input back
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [''], [42], [null], ['deleteEverything']])(
    'an unknown call %p is refused and no service runs',
    async (name) => {
      const { handlers, calls } = recordingHandlers();
      const result = await dispatch(handlers, name, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown_call', message: expect.stringMatching(/There is no call named/) } });
      expect(calls).toEqual([]);
    },
  );

  test('messages name the field and the problem in plain words', async () => {
    const { handlers } = recordingHandlers();
    const extra = await dispatch(handlers, 'createBoard', { name: 'Board', isAdmin: true });
    expect(extra).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Unexpected field(s): isAdmin' } });
    const late = await dispatch(handlers, 'scheduleMeeting', { ...validMeeting, startTime: '16:00', endTime: '14:00' });
    expect(late).toEqual({ ok: false, error: { code: 'invalid_input', message: 'endTime: The meeting must end after it starts' } });
    const long = await dispatch(handlers, 'createBoard', { name: 'x'.repeat(201) });
    expect(long).toEqual({ ok: false, error: { code: 'invalid_input', message: 'name: Board name must be at most 200 characters' } });
  });

  test('every call in the contract has a strict object schema (extra keys are refused)', () => {
    for (const name of CALL_NAMES) {
      const parsed = contract[name].input.safeParse({ unexpected: true });
      expect(parsed.success).toBe(false);
    }
  });
});

describe('the services behind the contract, on a real database file', () => {
  test('create a board, schedule a meeting, list it', async () => {
    const session = await openAppSession(newPath(), 'browser');
    const board = await dispatch(session.handlers, 'createBoard', { name: 'Wirral Local Area SEND Partnership Board' });
    expect(board).toMatchObject({ ok: true, value: { id: 1, name: 'Wirral Local Area SEND Partnership Board', meetingCount: 0 } });
    const meeting = await dispatch(session.handlers, 'scheduleMeeting', { ...validMeeting, title: '  LASPB  ', place: 'Wallasey Town Hall' });
    expect(meeting).toMatchObject({ ok: true, value: { title: 'LASPB', date: '2024-11-26', status: 'planned' } });
    expect(await dispatch(session.handlers, 'listMeetings', { boardId: 1 })).toMatchObject({ ok: true, value: [{ title: 'LASPB' }] });
    session.close();
  });

  test('a second board with the same name (in any case) is refused as a conflict', async () => {
    const session = await openAppSession(newPath(), 'browser');
    await dispatch(session.handlers, 'createBoard', { name: 'Improvement Board' });
    expect(await dispatch(session.handlers, 'createBoard', { name: 'IMPROVEMENT BOARD' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'A board called “IMPROVEMENT BOARD” already exists.' },
    });
    session.close();
  });

  test('asking for a board that does not exist says so', async () => {
    const session = await openAppSession(newPath(), 'browser');
    expect(await dispatch(session.handlers, 'listMeetings', { boardId: 7 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That board no longer exists.' },
    });
    session.close();
  });

  test('an unexpected failure is reported plainly, without a stack trace', async () => {
    const session = await openAppSession(newPath(), 'browser');
    session.close(); // the next call fails inside better-sqlite3
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(session.handlers, 'listBoards', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Something went wrong and nothing was changed/) } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    spy.mockRestore();
  });
});
