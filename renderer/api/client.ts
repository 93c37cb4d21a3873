import { CALL_NAMES, routeFor, type CallName, type Client } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';

// The renderer's only way to reach the services. In the desktop app the preload has put
// the same Client on `window.quorate`; in the browser host each call is a POST.

declare global {
  interface Window {
    readonly quorate?: Client;
  }
}

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
          body: JSON.stringify(input),
        });
      } catch {
        return fail('unavailable', 'Quorate is not answering. Is it still running? Nothing was saved by this step.');
      }
      if (response.status === 401) {
        return fail('forbidden', 'This window has lost its link to Quorate. Open the link printed where Quorate was started.');
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return fail('unavailable', `Quorate answered with an error (${response.status}). Nothing was saved by this step.`);
      }
    };
  }
  return client as unknown as Client;
}

export const api: Client = window.quorate ?? httpClient();
