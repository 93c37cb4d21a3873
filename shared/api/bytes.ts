// Files cross the browser host's JSON as {"$bytes": "<base64>"}; over Electron's IPC they
// travel as they are. These helpers are the one definition of that encoding.

export const BYTES_KEY = '$bytes';

export interface EncodedBytes {
  readonly [BYTES_KEY]: string;
}

export function isEncodedBytes(value: unknown): value is EncodedBytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>)[BYTES_KEY] === 'string'
  );
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether a string is plain base64 (so decoding cannot silently drop characters). */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64.test(text);
}
