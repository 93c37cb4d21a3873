import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../electron/services/dispatch';
import { openAppSession } from '../../electron/services/session';
import { addDemoBoard } from '../../electron/services/demo';

/**
 * A real app session on a database file, called through the same door as the UI:
 * `call` returns the value (and throws on refusal), `refused` returns the error.
 */
export async function apiSession(path: string, options: { demo?: boolean } = {}) {
  const session = await openAppSession(path, 'browser');
  if (options.demo) addDemoBoard(session.db()!);
  return { session, ...callsOn(session.handlers) };
}

/** `call` returns a call's value (and throws on refusal); `refused` returns the error of a call expected to fail. */
export function callsOn(handlers: Handlers) {
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const refused = async (name: string, input: unknown) => {
    const result = await dispatch(handlers, name, input);
    if (result.ok) throw new Error(`${name} was accepted`);
    return result.error;
  };
  return { call, refused };
}
