import type { QuorumRule } from '../model/board';
import type { MemberRole, Sector } from '../model/people';

// Whether the meeting is quorate right now, and if not, why — from the board's rule
// (e.g. four members including the chair or vice-chair and a health representative) and
// who is in the room. Advisers, officers and observers attend but do not count; a named
// deputy counts in place of the member they stand in for.

export const COUNTING_ROLES: ReadonlySet<MemberRole> = new Set(['chair', 'vice_chair', 'member']);

export interface PresentPerson {
  readonly personId: number;
  readonly name: string;
  readonly role: MemberRole;
  readonly sector: Sector;
  /** In the room now: present, and not left early. */
  readonly inRoom: boolean;
  /** Standing in for this member (whose role and sector they then count as). */
  readonly deputyFor?: { readonly role: MemberRole; readonly sector: Sector; readonly name: string } | null;
}

export interface QuorumResult {
  readonly quorate: boolean;
  /** Members counting towards the quorum now. */
  readonly counted: number;
  readonly required: number;
  /** Each unmet part of the rule, in words; empty when quorate. */
  readonly reasons: readonly string[];
  /** One sentence for the indicator. */
  readonly summary: string;
}

export function quorum(rule: QuorumRule | null, people: readonly PresentPerson[]): QuorumResult {
  const counting = people
    .filter((p) => p.inRoom)
    .map((p) => (p.deputyFor ? { role: p.deputyFor.role, sector: p.deputyFor.sector } : { role: p.role, sector: p.sector }))
    .filter((p) => COUNTING_ROLES.has(p.role));
  if (rule === null) {
    return { quorate: true, counted: counting.length, required: 0, reasons: [], summary: `${counting.length} members present. No quorum rule is set for this board.` };
  }
  const reasons: string[] = [];
  if (counting.length < rule.minimumMembers) {
    reasons.push(`${counting.length} of the ${rule.minimumMembers} members needed are present`);
  }
  for (const requirement of rule.requirements) {
    const matching = counting.filter(
      (p) => (requirement.anyOfRoles === undefined || requirement.anyOfRoles.includes(p.role)) && (requirement.sector === undefined || requirement.sector === p.sector),
    ).length;
    if (matching < requirement.atLeast) reasons.push(`${requirement.description} is not present`);
  }
  const quorate = reasons.length === 0;
  return {
    quorate,
    counted: counting.length,
    required: rule.minimumMembers,
    reasons,
    summary: quorate ? `Quorate: ${counting.length} members present (${rule.minimumMembers} needed).` : `Not quorate: ${reasons.join('; ')}.`,
  };
}
