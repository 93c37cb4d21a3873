import { formatLongDate, formatShortDate } from '../../../shared/dates';
import { ACTION_STATUS_LABELS } from '../../../shared/model/action';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { useLoad } from '../../hooks';

/** "What was decided, what we will do": a one-page summary of the meeting for the chair. */
export function SummaryScreen({ meetingId }: { readonly meetingId: number }) {
  const [loaded] = useLoad(() => api.getLiveMeeting({ meetingId }), `summary-${meetingId}`);
  if (loaded.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (loaded.state === 'failed') return <ErrorNotice error={loaded.error} />;
  const live = loaded.value;
  const { plan } = live;
  const present = live.attendance.filter((a) => a.status === 'present');
  const apologies = live.attendance.filter((a) => a.status === 'apologies');
  const itemTitle = (id: number | null) => plan.items.find((i) => i.id === id)?.title;
  // Progress on actions from earlier meetings (not the ones agreed here).
  const earlier = live.actionUpdates.filter((u) => !live.newActions.some((a) => a.id === u.actionId));
  return (
    <article className="summary">
      <p className="breadcrumb">
        <a href={`#/meetings/${meetingId}/live`}>Back to the meeting</a>
      </p>
      <h1 tabIndex={-1}>
        {plan.meeting.title}, {formatLongDate(plan.meeting.date)}: what was decided, what we will do
      </h1>
      <p>
        {present.length} present{apologies.length ? `, apologies from ${apologies.map((a) => a.person.name).join(', ')}` : ''}. {live.quorum.summary}
      </p>
      <section aria-labelledby="summary-decisions">
        <h2 id="summary-decisions">What was decided</h2>
        {live.decisions.length === 0 ? (
          <p className="empty">No decisions were recorded.</p>
        ) : (
          <ul className="record-list">
            {live.decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.reference}</strong> {d.text}
                {itemTitle(d.agendaItemId) && <span className="meta"> ({itemTitle(d.agendaItemId)})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="summary-actions">
        <h2 id="summary-actions">What we will do</h2>
        {live.newActions.length === 0 ? (
          <p className="empty">No new actions were agreed.</p>
        ) : (
          <table className="compact">
            <caption className="visually-hidden">Actions agreed at this meeting</caption>
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {live.newActions.map((a) => (
                <tr key={a.id}>
                  <td>{a.reference}</td>
                  <td>{a.title}</td>
                  <td>
                    {a.ownerName}
                    {a.ownerOrganisation ? `, ${a.ownerOrganisation}` : ''}
                  </td>
                  <td>{formatShortDate(a.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {earlier.length > 0 && (
        <section aria-labelledby="summary-updates">
          <h2 id="summary-updates">Progress on earlier actions</h2>
          <ul className="record-list">
            {earlier.map((u) => (
              <li key={u.id}>
                <strong>{u.reference}</strong> {u.title}: {ACTION_STATUS_LABELS[u.status]}
                {u.note ? `. ${u.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
