// Paragraph 6 of the Wirral notice: invitations to every board meeting must go, on each
// occasion, to the DfE Adviser, the NHS England Adviser and the Department's case lead.
// This rule says, for one meeting, whether each statutory invitee was invited.

export type InviteeState =
  | 'no_holder' // nobody holds the role: nobody can be invited
  | 'not_invited'
  | 'drafted' // an invitation was produced but not confirmed as sent
  | 'sent';

export interface StatutoryInviteeStatus {
  readonly roleId: number;
  readonly roleTitle: string;
  readonly personId: number | null;
  readonly personName: string | null;
  readonly state: InviteeState;
  /** When the invitation was produced / confirmed sent (ISO instants). */
  readonly producedAt: string | null;
  readonly sentAt: string | null;
}

export interface ComplianceInput {
  readonly roles: readonly { readonly id: number; readonly title: string }[];
  readonly holders: readonly { readonly roleId: number; readonly personId: number; readonly name: string }[];
  readonly invitations: readonly { readonly personId: number; readonly producedAt: string; readonly sentAt: string | null }[];
}

export interface MeetingCompliance {
  readonly invitees: readonly StatutoryInviteeStatus[];
  /** True only when every statutory invitee has an invitation confirmed as sent. */
  readonly compliant: boolean;
  /** One plain sentence for the panel and the report. */
  readonly summary: string;
}

export function meetingCompliance({ roles, holders, invitations }: ComplianceInput): MeetingCompliance {
  const invitees = roles.map((role): StatutoryInviteeStatus => {
    const holder = holders.find((h) => h.roleId === role.id);
    if (!holder) return { roleId: role.id, roleTitle: role.title, personId: null, personName: null, state: 'no_holder', producedAt: null, sentAt: null };
    const theirs = invitations.filter((i) => i.personId === holder.personId);
    const sent = theirs.find((i) => i.sentAt !== null);
    const produced = theirs[0];
    return {
      roleId: role.id,
      roleTitle: role.title,
      personId: holder.personId,
      personName: holder.name,
      state: sent ? 'sent' : produced ? 'drafted' : 'not_invited',
      producedAt: (sent ?? produced)?.producedAt ?? null,
      sentAt: sent?.sentAt ?? null,
    };
  });
  const missing = invitees.filter((i) => i.state !== 'sent');
  const compliant = roles.length > 0 && missing.length === 0;
  const summary =
    roles.length === 0
      ? 'No statutory invitees are set up for this board.'
      : compliant
        ? `All ${roles.length} statutory invitees have been sent an invitation.`
        : `${missing.length} of ${roles.length} statutory invitees ${missing.length === 1 ? 'has' : 'have'} not been sent an invitation: ${missing
            .map((i) => `${i.roleTitle}${i.state === 'no_holder' ? ' (nobody holds this role)' : i.state === 'drafted' ? ' (drafted, not confirmed sent)' : ''}`)
            .join('; ')}.`;
  return { invitees, compliant, summary };
}
