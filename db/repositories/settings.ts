import { randomUUID } from 'node:crypto';
import type { Db } from '../open';

/** Who the audit trail names when this copy of Quorate changes something. */
export const DEFAULT_USER_NAME = 'Board secretary';

export function settingsRepository(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    userName: (): string => get.get('user_name')?.value ?? DEFAULT_USER_NAME,
    setUserName: (name: string): void => void set.run('user_name', name),
    userEmail: (): string => get.get('user_email')?.value ?? '',
    setUserEmail: (email: string): void => void set.run('user_email', email),
    /** A random id for this database, made once: it keeps calendar UIDs unique across databases. */
    instanceId: (): string => {
      const existing = get.get('instance_id')?.value;
      if (existing) return existing;
      const id = randomUUID();
      set.run('instance_id', id);
      return id;
    },
  };
}
