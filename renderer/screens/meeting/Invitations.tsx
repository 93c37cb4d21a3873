import { useState } from 'react';
import { formatInstant } from '../../../shared/dates';
import { MEMBER_ROLE_LABELS } from '../../../shared/model/people';
import type { MeetingPlan } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { saveFile } from '../../files';
import { useChange } from '../../hooks';

/**
 * Invitations: produce the calendar request and the Outlook draft, then record who they
 * were sent to. The record is what proves the statutory invitees were invited.
 */
export function Invitations({ plan, onPlan }: { readonly plan: MeetingPlan; readonly onPlan: (plan: MeetingPlan) => void }) {
  const change = useChange();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState('');
  const awaiting = plan.invitees.filter((i) => i.producedAt !== null && i.sentAt === null);

  const produce = async () => {
    const produced = await change.run(() => api.produceInvitations({ meetingId: plan.meeting.id }));
    if (!produced) return;
    saveFile(produced.calendar);
    saveFile(produced.email);
    onPlan(produced.plan);
    setSelected(new Set(produced.plan.invitees.filter((i) => i.producedAt !== null && i.sentAt === null).map((i) => i.person.id)));
    setStatus(
      `Saved ${produced.email.fileName} (open it to send from Outlook) and ${produced.calendar.fileName} for ${produced.invited.length} people.` +
        (produced.skipped.length ? ` Not invited: ${produced.skipped.map((s) => `${s.name} (${s.reason})`).join(', ')}.` : ''),
    );
  };
  const markSent = async () => {
    const next = await change.run(() => api.markInvitationsSent({ meetingId: plan.meeting.id, personIds: [...selected] }));
    if (!next) return;
    onPlan(next);
    setStatus(`Recorded ${selected.size} invitation${selected.size === 1 ? '' : 's'} as sent.`);
    setSelected(new Set());
  };

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <table className="compact invitees">
        <caption className="visually-hidden">Invitees and the state of their invitations</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Email</th>
            <th scope="col">Invitation</th>
          </tr>
        </thead>
        <tbody>
          {plan.invitees.map((invitee) => {
            const canMark = invitee.producedAt !== null && invitee.sentAt === null;
            return (
              <tr key={invitee.person.id}>
                <td>
                  {canMark && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${invitee.person.name}`}
                      checked={selected.has(invitee.person.id)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(invitee.person.id);
                        else next.delete(invitee.person.id);
                        setSelected(next);
                      }}
                    />
                  )}
                </td>
                <td>{invitee.person.name}</td>
                <td>
                  {MEMBER_ROLE_LABELS[invitee.role as keyof typeof MEMBER_ROLE_LABELS] ?? invitee.role}
                  {invitee.statutoryRoleTitle && <span className="tag">{invitee.statutoryRoleTitle}</span>}
                </td>
                <td>{invitee.person.email || <span className="warning-text">no email</span>}</td>
                <td>{invitee.sentAt ? `Sent ${formatInstant(invitee.sentAt)}` : invitee.producedAt ? `Drafted ${formatInstant(invitee.producedAt)}` : 'Not yet'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions-row">
        <button type="button" onClick={() => void produce()} disabled={change.busy}>
          Produce invitations (.ics and Outlook draft)
        </button>
        {awaiting.length > 0 && (
          <button type="button" className="secondary" onClick={() => void markSent()} disabled={change.busy || selected.size === 0}>
            Record selected as sent ({selected.size})
          </button>
        )}
      </div>
      {status && <StatusNotice message={status} />}
      {change.error && <ErrorNotice error={change.error} />}
    </section>
  );
}
