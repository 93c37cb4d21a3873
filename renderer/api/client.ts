import { BYTES_KEY, isEncodedBytes } from '../../shared/api/bytes';
import { CALL_NAMES, routeFor, type CallName, type Client } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';

// The renderer's only way to reach the services. In the desktop app the preload has put
// the same Client on `window.quorate`; in the browser host each call is a POST, with
// files encoded as {"$bytes": base64}.

declare global {
  interface Window {
    readonly quorate?: Client;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const encodeBytes = (_key: string, value: unknown) => (value instanceof Uint8Array ? { [BYTES_KEY]: toBase64(value) } : value);
const decodeBytes = (_key: string, value: unknown) => (isEncodedBytes(value) ? fromBase64(value[BYTES_KEY]) : value);

export function httpClient(fetchImpl: typeof fetch = (...args) => fetch(...args)): Client {
  const client: Partial<Record<CallName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CALL_NAMES) {
    client[name] = async (input) => {
      let response: Response;
      try {
        response = await fetchImpl(routeFor(name), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input, encodeBytes),
        });
      } catch {
        return fail('unavailable', 'Quorate is not answering. Is it still running? Nothing was saved by this step.');
      }
      if (response.status === 401) {
        return fail('forbidden', 'This window has lost its link to Quorate. Open the link printed where Quorate was started.');
      }
      try {
        return JSON.parse(await response.text(), decodeBytes) as Result<unknown>;
      } catch {
        return fail('unavailable', `Quorate answered with an error (${response.status}). Nothing was saved by this step.`);
      }
    };
  }
  return client as unknown as Client;
}

export const api: Client = window.quorate ?? httpClient();
