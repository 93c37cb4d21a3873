import { ipcMain } from '../stubs/electron'; // the same module jest maps 'electron' to
import { CALL_NAMES, channelFor } from '../../shared/api/contract';
import { registerIpc } from '../../electron/ipc';
import { APP_ENTRY_URL } from '../../electron/security';
import { recordingHandlers } from '../support/handlers';

// main.ts, preload.ts and ipc.ts are the only files that touch Electron. With the
// 'electron' module stubbed, their registration is exercised exactly as Electron would.

const appFrame = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

describe('IPC registration', () => {
  beforeEach(() => ipcMain.handlers.clear());

  test('every call in the contract gets exactly one channel', () => {
    registerIpc(recordingHandlers().handlers);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelFor).sort());
  });

  test('a message from the app page reaches the service with parsed input', async () => {
    const { handlers, calls } = recordingHandlers();
    registerIpc(handlers);
    const result = await ipcMain.handlers.get(channelFor('createBoard'))!(appFrame, { name: '  Improvement Board  ' });
    expect(calls).toEqual(['createBoard']);
    expect(result).toEqual({ ok: true, value: { called: 'createBoard', input: { name: 'Improvement Board' } } });
  });

  test.each([
    ['a foreign page', { senderFrame: { url: 'https://example.org/', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: APP_ENTRY_URL, parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('a message from %s is refused and no service runs', async (_what, event) => {
    const { handlers, calls } = recordingHandlers();
    registerIpc(handlers);
    const result = await ipcMain.handlers.get(channelFor('listBoards'))!(event, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(calls).toEqual([]);
  });

  test('bad input through IPC is refused before the service', async () => {
    const { handlers, calls } = recordingHandlers();
    registerIpc(handlers);
    const result = await ipcMain.handlers.get(channelFor('createBoard'))!(appFrame, { name: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
  });
});

describe('the preload bridge', () => {
  test('exposes one function per call, each invoking its channel, and nothing else', async () => {
    // The preload runs on import; in its own module registry it meets its own stub.
    let stub: typeof import('../stubs/electron') | undefined;
    jest.isolateModules(() => {
      require('../../electron/preload');
      stub = require('electron');
    });
    const bridge = stub!.contextBridge.exposed.get('quorate') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    await bridge.scheduleMeeting!({ boardId: 1 });
    expect(stub!.ipcRenderer.invocations.at(-1)).toEqual({ channel: channelFor('scheduleMeeting'), args: [{ boardId: 1 }] });
  });
});
