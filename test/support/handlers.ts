import { CALL_NAMES, type Handlers } from '../../shared/api/contract';

/** Handlers that record every call and answer 'called', for tests that must prove no service ran. */
export function recordingHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      (input: unknown) => {
        calls.push(name);
        return { called: name, input };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}
