import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelFor, type Handlers } from '../shared/api/contract';
import { fail } from '../shared/api/result';
import { dispatch } from './services/dispatch';
import { isTrustedSender } from './security';

/**
 * One `ipcMain.handle` per call in the contract. Each checks that the message came from
 * the app's own top-level page, then goes through `dispatch`, which parses the input.
 */
export function registerIpc(handlers: Handlers, ipc: Pick<typeof ipcMain, 'handle'> = ipcMain): void {
  for (const name of CALL_NAMES) {
    ipc.handle(channelFor(name), (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden', 'This window is not allowed to use Quorate.');
      }
      return dispatch(handlers, name, payload);
    });
  }
}
