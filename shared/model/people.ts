export const MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'adviser', 'officer', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  member: 'Member',
  adviser: 'Adviser',
  officer: 'Officer',
  observer: 'Observer',
};

// Which part of the partnership a member speaks for; quorum rules name these
// ("one health representative").
export const SECTORS = ['local_authority', 'health', 'education', 'social_care', 'parent_carers', 'government', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export interface Person {
  readonly id: number;
  readonly name: string;
  readonly jobTitle: string;
  readonly organisation: string;
  readonly email: string;
}

/** A role the notice says must be invited to every meeting, e.g. "DfE Adviser". */
export interface StatutoryRole {
  readonly id: number;
  readonly boardId: number;
  readonly position: number;
  readonly title: string;
  /** Where the duty comes from, e.g. "Improvement Notice, 15 May 2024, paragraph 6". */
  readonly basis: string;
}

export interface Membership {
  readonly id: number;
  readonly boardId: number;
  readonly person: Person;
  readonly role: MemberRole;
  readonly sector: Sector;
  readonly statutoryRoleId: number | null;
  readonly deputyPersonId: number | null;
  readonly joinedOn: string | null;
  readonly leftOn: string | null;
}
