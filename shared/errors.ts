/**
 * The message of anything thrown. Not `instanceof Error`: an error made by a native
 * module (better-sqlite3's SqliteError) can come from another JavaScript realm, where
 * that test fails although it is an Error.
 */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
