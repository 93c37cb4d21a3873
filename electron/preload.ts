import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelFor } from '../shared/api/contract';

// The bridge the page sees as `window.quorate`: one function per call in the contract,
// each a plain invoke. No Electron object crosses into the page. Bundled by esbuild,
// because a sandboxed preload cannot require the project's own files.
const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(channelFor(name), input);
}
contextBridge.exposeInMainWorld('quorate', Object.freeze(bridge));
