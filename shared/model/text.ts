import { z } from 'zod';

// Limits on every text the app accepts, so a huge paste is refused with a clear message
// instead of filling the database (or the memory of whoever reads it back).
export const LIMITS = {
  name: 200,
  place: 500,
  url: 2_000,
  search: 500,
  id: 2 ** 31 - 1,
} as const;

/** A required single-line text: trimmed, not blank, at most `max` characters. */
export function requiredText(what: string, max: number) {
  return z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), {
      error: `${what} contains control characters`,
    });
}

/** An optional single-line text: trimmed, may be empty, at most `max` characters. */
export function optionalText(what: string, max: number) {
  return z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), {
      error: `${what} contains control characters`,
    });
}

export function recordId(what: string) {
  return z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .positive({ error: `${what} must be positive` })
    .max(LIMITS.id, { error: `${what} is out of range` });
}
