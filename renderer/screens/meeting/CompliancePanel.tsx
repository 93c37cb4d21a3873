import { formatInstant } from '../../../shared/dates';
import type { MeetingCompliance } from '../../../shared/rules/compliance';

const STATE_TEXT = {
  sent: 'Invitation sent',
  drafted: 'Drafted, not confirmed as sent',
  not_invited: 'Not invited',
  no_holder: 'Nobody holds this role',
} as const;

/**
 * The statutory-invitee record for one meeting (Improvement Notice, paragraph 6). While
 * anyone is missing it is an alert the secretary cannot miss; once all are sent, a
 * quiet confirmation.
 */
export function CompliancePanel({ compliance, meetingHeld }: { readonly compliance: MeetingCompliance; readonly meetingHeld: boolean }) {
  const tone = compliance.compliant ? 'ok' : 'error';
  return (
    <section className={`compliance compliance-${tone}`} aria-labelledby="compliance-heading" role={compliance.compliant ? undefined : 'alert'}>
      <h2 id="compliance-heading">
        {compliance.compliant ? '✓ Statutory invitees: all invited' : meetingHeld ? '⚠ Statutory invitees were not all invited' : '⚠ Statutory invitees: not all invited yet'}
      </h2>
      <p>{compliance.summary}</p>
      <InviteesTable compliance={compliance} />
    </section>
  );
}

/** Each statutory invitee, who holds the role, and whether (and when) they were invited. */
export function InviteesTable({ compliance }: { readonly compliance: MeetingCompliance }) {
  if (compliance.invitees.length === 0) return null;
  return (
    <table className="compact">
      <caption className="visually-hidden">Statutory invitees and their invitations</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Held by</th>
          <th scope="col">Invitation</th>
        </tr>
      </thead>
      <tbody>
        {compliance.invitees.map((invitee) => (
          <tr key={invitee.roleId}>
            <td>{invitee.roleTitle}</td>
            <td>{invitee.personName ?? '—'}</td>
            <td className={`invite-${invitee.state}`}>
              {STATE_TEXT[invitee.state]}
              {invitee.sentAt ? `, ${formatInstant(invitee.sentAt)}` : invitee.producedAt ? `, drafted ${formatInstant(invitee.producedAt)}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
