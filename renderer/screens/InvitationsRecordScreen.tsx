import { formatInstant, formatLongDate } from '../../shared/dates';
import { api } from '../api/client';
import { ErrorNotice } from '../components/Notice';
import { saveFile } from '../files';
import { hrefFor, useChange, useLoad } from '../hooks';

/**
 * The invitations record across all meetings: evidence, meeting by meeting, that each
 * statutory invitee was invited (Wirral notice, paragraph 6). Exportable as CSV.
 */
export function InvitationsRecordScreen({ boardId }: { readonly boardId: number }) {
  const [record] = useLoad(() => api.getInvitationsRecord({ boardId }), `record-${boardId}`);
  const [board] = useLoad(() => api.getBoard({ boardId }), `board-${boardId}`);
  const change = useChange();
  const name = board.state === 'ready' ? board.value.board.name : '';

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId })}>{name || 'Board'}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Invitations record</span>
      </nav>
      <h1 tabIndex={-1}>Invitations record</h1>
      <p>For every meeting, whether each statutory invitee was sent an invitation, and when.</p>
      <button type="button" className="secondary" disabled={change.busy} onClick={() => void change.run(() => api.exportInvitationsRecord({ boardId })).then((file) => file && saveFile(file))}>
        Export as CSV
      </button>
      {change.error && <ErrorNotice error={change.error} />}
      {record.state === 'failed' && <ErrorNotice error={record.error} />}
      {record.state === 'ready' && record.value.length === 0 && <p className="empty">No meetings yet.</p>}
      {record.state === 'ready' && record.value.length > 0 && (
        <table className="meetings record">
          <caption className="visually-hidden">Statutory invitees invited to each meeting</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Statutory invitees</th>
              <th scope="col">All invited?</th>
            </tr>
          </thead>
          <tbody>
            {record.value.map((row) => (
              <tr key={row.meetingId} className={row.compliance.compliant ? undefined : 'not-compliant'}>
                <td>
                  <a href={hrefFor({ screen: 'meeting', meetingId: row.meetingId })}>{formatLongDate(row.date)}</a>
                  <div className="meta">{row.title}</div>
                </td>
                <td>
                  <ul className="plain">
                    {row.compliance.invitees.map((i) => (
                      <li key={i.roleId}>
                        {i.roleTitle}: {i.personName ?? 'nobody'} —{' '}
                        {i.state === 'sent' ? `sent ${formatInstant(i.sentAt!)}` : i.state === 'drafted' ? 'drafted, not confirmed sent' : i.state === 'no_holder' ? 'nobody to invite' : 'not invited'}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{row.compliance.compliant ? 'Yes' : <strong className="warning-text">No</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
