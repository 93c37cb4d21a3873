import type { MemberRole, Membership, Person, Sector, StatutoryRole } from '../../shared/model/people';
import type { Db } from '../open';

export interface NewPerson {
  readonly name: string;
  readonly jobTitle?: string;
  readonly organisation?: string;
  readonly email?: string;
}

export interface NewMembership {
  readonly boardId: number;
  readonly personId: number;
  readonly role: MemberRole;
  readonly sector?: Sector;
  readonly statutoryRoleId?: number | null;
  readonly deputyPersonId?: number | null;
  readonly joinedOn?: string | null;
}

const PERSON = 'p.id, p.name, p.job_title AS jobTitle, p.organisation, p.email';

interface MembershipRow {
  id: number;
  boardId: number;
  role: MemberRole;
  sector: Sector;
  statutoryRoleId: number | null;
  deputyPersonId: number | null;
  joinedOn: string | null;
  leftOn: string | null;
  personId: number;
  name: string;
  jobTitle: string;
  organisation: string;
  email: string;
}

const toMembership = ({ personId, name, jobTitle, organisation, email, ...rest }: MembershipRow): Membership => ({
  ...rest,
  person: { id: personId, name, jobTitle, organisation, email },
});

/** People, their membership of boards, and the statutory invitee roles of each board. */
export function peopleRepository(db: Db) {
  const insertPerson = db.prepare<[string, string, string, string], { id: number }>(
    'INSERT INTO people (name, job_title, organisation, email) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const personById = db.prepare<[number], Person>(`SELECT ${PERSON} FROM people p WHERE p.id = ?`);
  const insertMembership = db.prepare<
    [number, number, MemberRole, Sector, number | null, number | null, string | null],
    { id: number }
  >(
    `INSERT INTO memberships (board_id, person_id, role, sector, statutory_role_id, deputy_person_id, joined_on)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const currentMembers = db.prepare<[number], MembershipRow>(
    `SELECT ms.id, ms.board_id AS boardId, ms.role, ms.sector, ms.statutory_role_id AS statutoryRoleId,
            ms.deputy_person_id AS deputyPersonId, ms.joined_on AS joinedOn, ms.left_on AS leftOn,
            p.id AS personId, p.name, p.job_title AS jobTitle, p.organisation, p.email
       FROM memberships ms JOIN people p ON p.id = ms.person_id
      WHERE ms.board_id = ? AND ms.left_on IS NULL
      ORDER BY CASE ms.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, p.name`,
  );
  const insertRole = db.prepare<[number, number, string, string], { id: number }>(
    'INSERT INTO statutory_roles (board_id, position, title, basis) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const roles = db.prepare<[number], StatutoryRole>(
    'SELECT id, board_id AS boardId, position, title, basis FROM statutory_roles WHERE board_id = ? ORDER BY position',
  );

  const updatePerson = db.prepare<[string, string, string, string, number]>(
    'UPDATE people SET name = ?, job_title = ?, organisation = ?, email = ? WHERE id = ?',
  );
  const membershipById = db.prepare<[number], MembershipRow>(
    `SELECT ms.id, ms.board_id AS boardId, ms.role, ms.sector, ms.statutory_role_id AS statutoryRoleId,
            ms.deputy_person_id AS deputyPersonId, ms.joined_on AS joinedOn, ms.left_on AS leftOn,
            p.id AS personId, p.name, p.job_title AS jobTitle, p.organisation, p.email
       FROM memberships ms JOIN people p ON p.id = ms.person_id WHERE ms.id = ?`,
  );
  const updateMembership = db.prepare<[MemberRole, Sector, number | null, number | null, number]>(
    'UPDATE memberships SET role = ?, sector = ?, statutory_role_id = ?, deputy_person_id = ? WHERE id = ?',
  );
  const endMembership = db.prepare<[string, number]>('UPDATE memberships SET left_on = ?, statutory_role_id = NULL WHERE id = ? AND left_on IS NULL');
  const clearRoleHolder = db.prepare<[number, number]>('UPDATE memberships SET statutory_role_id = NULL WHERE statutory_role_id = ? AND id <> ?');
  const deleteRole = db.prepare<[number]>('DELETE FROM statutory_roles WHERE id = ?');
  const roleById = db.prepare<[number], StatutoryRole>('SELECT id, board_id AS boardId, position, title, basis FROM statutory_roles WHERE id = ?');
  const allPeople = db.prepare<[], Person>(`SELECT ${PERSON} FROM people p ORDER BY p.name`);

  return {
    allPeople: (): Person[] => allPeople.all(),
    membership: (id: number): Membership | undefined => {
      const row = membershipById.get(id);
      return row && toMembership(row);
    },
    /** Changes a member's details and role; a statutory role moves to them from whoever held it. */
    updateMember: db.transaction((membershipId: number, person: Required<NewPerson>, m: Pick<Membership, 'role' | 'sector' | 'statutoryRoleId' | 'deputyPersonId'>) => {
      const current = membershipById.get(membershipId);
      if (!current) throw new Error(`No membership ${membershipId}`);
      updatePerson.run(person.name, person.jobTitle, person.organisation, person.email, current.personId);
      if (m.statutoryRoleId !== null) clearRoleHolder.run(m.statutoryRoleId, membershipId);
      updateMembership.run(m.role, m.sector, m.statutoryRoleId, m.deputyPersonId, membershipId);
    }),
    endMembership: (membershipId: number, on: string): boolean => endMembership.run(on, membershipId).changes === 1,
    statutoryRole: (id: number): StatutoryRole | undefined => roleById.get(id),
    removeStatutoryRole: (id: number): void => void deleteRole.run(id),
    addPerson: (person: NewPerson): number =>
      insertPerson.get(person.name, person.jobTitle ?? '', person.organisation ?? '', person.email ?? '')!.id,
    person: (id: number): Person | undefined => personById.get(id),
    addMembership: (m: NewMembership): number => {
      if (m.statutoryRoleId) clearRoleHolder.run(m.statutoryRoleId, -1);
      return insertMembership.get(m.boardId, m.personId, m.role, m.sector ?? 'other', m.statutoryRoleId ?? null, m.deputyPersonId ?? null, m.joinedOn ?? null)!.id;
    },
    members: (boardId: number): Membership[] => currentMembers.all(boardId).map(toMembership),
    addStatutoryRole: (boardId: number, title: string, basis: string): number => {
      const position = roles.all(boardId).length + 1;
      return insertRole.get(boardId, position, title, basis)!.id;
    },
    statutoryRoles: (boardId: number): StatutoryRole[] => roles.all(boardId),
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
