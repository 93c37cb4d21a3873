import type { AppInfo } from '../../shared/api/contract';
import { londonToday } from '../../shared/dates';
import type { IsHoliday } from '../../shared/rules/workingDays';
import type { Db } from '../../db/open';
import { actionsRepository } from '../../db/repositories/actions';
import { agendaRepository } from '../../db/repositories/agenda';
import { attendanceRepository } from '../../db/repositories/attendance';
import { decisionsRepository } from '../../db/repositories/decisions';
import { minutesRepository } from '../../db/repositories/minutes';
import { auditTrail } from '../../db/repositories/audit';
import { boardsRepository } from '../../db/repositories/boards';
import { invitationsRepository } from '../../db/repositories/invitations';
import { meetingsRepository } from '../../db/repositories/meetings';
import { papersRepository } from '../../db/repositories/papers';
import { peopleRepository } from '../../db/repositories/people';
import { searchRepository } from '../../db/repositories/search';
import { settingsRepository } from '../../db/repositories/settings';
import { isEnglandAndWalesBankHoliday } from './bankHolidays';
import { ServiceError } from './errors';
import type { Printer } from './exports/printer';

export interface ServiceOptions {
  readonly db: Db;
  readonly info: AppInfo;
  /** Injected so tests can fix "today" and "now". */
  readonly today?: () => string;
  readonly now?: () => Date;
  readonly isHoliday?: IsHoliday;
  /** Prints packs and minutes; looked up when needed (the browser host has one only once it is listening). */
  readonly printer?: () => Printer | null;
}

/** What every service module works with: the repositories, the clock and who is acting. */
export function serviceContext({ db, info, today = () => londonToday(), now = () => new Date(), isHoliday = isEnglandAndWalesBankHoliday }: ServiceOptions) {
  const audit = auditTrail(db);
  const settings = settingsRepository(db);
  const repos = {
    boards: boardsRepository(db),
    people: peopleRepository(db),
    meetings: meetingsRepository(db),
    agenda: agendaRepository(db),
    papers: papersRepository(db, audit),
    invitations: invitationsRepository(db, audit),
    actions: actionsRepository(db, audit),
    decisions: decisionsRepository(db, audit),
    minutes: minutesRepository(db, audit),
    attendance: attendanceRepository(db),
    search: searchRepository(db),
    settings,
  };
  const found = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new ServiceError('not_found', `That ${what} no longer exists.`);
    return value;
  };
  return {
    db,
    info,
    repos: { ...repos, audit },
    today,
    now,
    isHoliday,
    /** The name the audit trail records (from settings). */
    actor: () => settings.userName(),
    found,
    board: (id: number) => found(repos.boards.find(id, today()), 'board'),
    meeting: (id: number) => found(repos.meetings.find(id), 'meeting'),
  };
}

export type ServiceContext = ReturnType<typeof serviceContext>;
