// Errors the data layer raises on purpose, each with a message a secretary can act on.

export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
  constructor(
    readonly path: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `${path} was written by a newer version of Quorate (database version ${fileVersion}; ` +
        `this version understands up to ${appVersion}). Update Quorate to open it; the file has not been changed.`,
    );
  }
}

export class DatabaseUnreadableError extends Error {
  override readonly name = 'DatabaseUnreadableError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} cannot be opened as a Quorate database: ${reason}. The file has not been changed.`);
  }
}

export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError';
  /** `detail` says how it was found, e.g. "SQLite's integrity check found: …". */
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path} is damaged (${detail}). The file has not been changed.`);
  }
}

/** Any reason a database file cannot be used as it is. */
export type UnusableDatabaseError = DatabaseTooNewError | DatabaseUnreadableError | DatabaseDamagedError;

export function isUnusableDatabaseError(error: unknown): error is UnusableDatabaseError {
  return error instanceof DatabaseTooNewError || error instanceof DatabaseUnreadableError || error instanceof DatabaseDamagedError;
}
