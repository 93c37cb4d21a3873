import { z } from 'zod';

/** A call: its input schema and (as a type only) what it answers with. */
export interface Call<I extends z.ZodType, O> {
  readonly summary: string;
  readonly input: I;
  /** The largest request the browser host accepts for this call (files need more than the default). */
  readonly maxRequestBytes?: number;
  /** Never set: carries the result type for the compiler. */
  readonly output?: O;
}

export function call<I extends z.ZodType>(summary: string, input: I, options: { maxRequestBytes?: number } = {}) {
  return { returns: <O>(): Call<I, O> => ({ summary, input, ...options }) };
}

export const Nothing = z.strictObject({});

/** Bytes of a file, as they cross the boundary (a Buffer in Node is one too). */
export const fileBytes = (what: string, maxBytes: number) =>
  z
    .instanceof(Uint8Array, { error: `${what} must be the file's bytes` })
    .refine((bytes) => bytes.byteLength <= maxBytes, { error: `${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` });

/** A file produced for the secretary to save or open (an .ics, an .eml, a .csv…). */
export interface FileOut {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
}
