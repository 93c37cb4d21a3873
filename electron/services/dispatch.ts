import type { z } from 'zod';
import { contract, isCallName, type Handlers } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { ServiceError } from './errors';

const MAX_ISSUES_SHOWN = 5;

/**
 * The single door into the services, used by the IPC registration, the browser host and
 * the tests: it accepts anything, and a service only ever sees input its schema accepted.
 */
export async function dispatch(handlers: Handlers, name: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return fail('unknown_call', `There is no call named ${JSON.stringify(String(name).slice(0, 80))}.`);
  }
  const parsed = contract[name].input.safeParse(payload);
  if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    // A bug or an unexpected database failure: keep the detail in the log, not in the UI.
    console.error(`[quorate] ${name} failed:`, error);
    return fail('internal', 'Something went wrong and nothing was changed. The details are in the log.');
  }
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    if (issue.code === 'unrecognized_keys') return `Unexpected field(s): ${issue.keys.map((k) => k.slice(0, 40)).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.path.length === 0) return 'The request must be an object';
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - lines.length;
  return lines.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
