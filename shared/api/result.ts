// Every call across the renderer/main boundary answers with a value, never a thrown
// error or a stack trace: the renderer shows `message` to the secretary as it is.

export type ErrorCode =
  | 'unknown_call' // no such call in the contract
  | 'invalid_input' // the input did not match the call's schema
  | 'forbidden' // the caller is not the app's own page
  | 'not_found'
  | 'conflict' // e.g. a board with that name already exists
  | 'database' // the database could not be opened or read
  | 'unavailable' // the renderer could not reach the app (browser host stopped)
  | 'internal'; // a bug: logged in the main process, shown plainly

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
