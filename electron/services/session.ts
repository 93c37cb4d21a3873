import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppInfo, Handlers } from '../../shared/api/contract';
import { openDatabase, type Db } from '../../db/open';
import { createServices } from './index';
import { APP_VERSION } from './version';

export interface AppSession {
  readonly db: Db;
  readonly handlers: Handlers;
  close(): void;
}

/** Opens the database at `path` (creating its folder) and builds the services on it. */
export function openAppSession(path: string, host: AppInfo['host']): AppSession {
  mkdirSync(dirname(path), { recursive: true });
  const db = openDatabase(path);
  const handlers = createServices({ db, info: { version: APP_VERSION, host, databasePath: path } });
  return {
    db,
    handlers,
    close: () => {
      if (db.open) db.close();
    },
  };
}
