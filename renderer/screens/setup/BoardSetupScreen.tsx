import { useState } from 'react';
import { formatShortDate } from '../../../shared/dates';
import { MEMBER_ROLE_LABELS } from '../../../shared/model/people';
import type { BoardSetup } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { hrefFor, useChange, useLoad } from '../../hooks';
import { MemberForm, SECTOR_LABELS } from './MemberForm';
import { TermsForm } from './TermsForm';

/** Who sits on the board, who must be invited, its terms of reference and its areas of concern. */
export function BoardSetupScreen({ boardId }: { readonly boardId: number }) {
  const [setup, , setSetup] = useLoad(() => api.getBoardSetup({ boardId }), `setup-${boardId}`);
  const change = useChange();
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [roleTitle, setRoleTitle] = useState('');
  const [roleBasis, setRoleBasis] = useState('');
  const [areaTitle, setAreaTitle] = useState('');
  const [moving, setMoving] = useState<number | null>(null);
  const [meetings] = useLoad(() => api.listMeetings({ boardId }), `meetings-${boardId}`);

  if (setup.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (setup.state === 'failed') return <ErrorNotice error={setup.error} />;
  const s = setup.value;
  const apply = async (run: () => ReturnType<typeof api.getBoardSetup>, said: string) => {
    const next = await change.run(run);
    if (next) {
      setSetup(next);
      setStatus(said);
    }
    return next !== undefined;
  };
  const roleName = (id: number | null) => s.statutoryRoles.find((r) => r.id === id)?.title;
  const personName = (id: number | null) => s.members.find((m) => m.person.id === id)?.person.name;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId })}>{s.board.name}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Set-up</span>
      </nav>
      <h1 tabIndex={-1}>Board set-up</h1>
      {status && <StatusNotice message={status} />}
      {change.error && <ErrorNotice error={change.error} />}

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Statutory invitees</h2>
        <p className="hint">Roles that must be invited to every meeting. The Wirral notice names the DfE Adviser, the NHS England Adviser and the Department’s case lead; other notices name other roles.</p>
        {s.statutoryRoles.length === 0 ? (
          <p className="empty">None set up.</p>
        ) : (
          <ul className="roles">
            {s.statutoryRoles.map((role) => {
              const holder = s.members.find((m) => m.statutoryRoleId === role.id);
              return (
                <li key={role.id}>
                  <strong>{role.title}</strong> — {holder ? holder.person.name : <span className="warning-text">nobody holds this role</span>}
                  {role.basis && <span className="meta"> · {role.basis}</span>}{' '}
                  <button type="button" className="link danger" aria-label={`Remove the role ${role.title}`} onClick={() => void apply(() => api.removeStatutoryRole({ roleId: role.id }), `Removed the role ${role.title}.`)}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void apply(() => api.addStatutoryRole({ boardId, title: roleTitle, basis: roleBasis }), `Added the role ${roleTitle}.`).then((ok) => {
              if (ok) {
                setRoleTitle('');
                setRoleBasis('');
              }
            });
          }}
        >
          <div className="field">
            <label htmlFor="role-title">Role</label>
            <input id="role-title" type="text" value={roleTitle} onChange={(e) => setRoleTitle(e.target.value)} placeholder="e.g. DfE Adviser" />
          </div>
          <div className="field">
            <label htmlFor="role-basis">Where it is required</label>
            <input id="role-basis" type="text" value={roleBasis} onChange={(e) => setRoleBasis(e.target.value)} placeholder="e.g. Improvement Notice, paragraph 6" />
          </div>
          <button type="submit" disabled={change.busy}>
            Add role
          </button>
        </form>
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        {s.members.length === 0 ? (
          <p className="empty">No members yet.</p>
        ) : (
          <table className="compact members">
            <caption className="visually-hidden">Current members of the board</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">Statutory invitee</th>
                <th scope="col">Deputy</th>
                <th scope="col">
                  <span className="visually-hidden">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {s.members.map((m) =>
                editing === m.id ? (
                  <tr key={m.id}>
                    <td colSpan={6}>
                      <MemberForm
                        idPrefix={`member-${m.id}`}
                        initial={m}
                        roles={s.statutoryRoles}
                        others={s.members.filter((o) => o.id !== m.id)}
                        submitLabel="Save member"
                        busy={change.busy}
                        onCancel={() => setEditing(null)}
                        onSubmit={async (values) => {
                          const ok = await apply(() => api.updateMember({ membershipId: m.id, ...values }), `Saved ${values.name}.`);
                          if (ok) setEditing(null);
                          return ok;
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={m.id}>
                    <td>
                      {m.person.name}
                      <div className="meta">{[m.person.jobTitle, m.person.email].filter(Boolean).join(' · ')}</div>
                    </td>
                    <td>
                      {m.person.organisation}
                      <div className="meta">{SECTOR_LABELS[m.sector]}</div>
                    </td>
                    <td>{MEMBER_ROLE_LABELS[m.role]}</td>
                    <td>{roleName(m.statutoryRoleId) ?? '—'}</td>
                    <td>{personName(m.deputyPersonId) ?? '—'}</td>
                    <td className="nowrap">
                      <button type="button" className="link" onClick={() => setEditing(m.id)} aria-label={`Edit ${m.person.name}`}>
                        Edit
                      </button>{' '}
                      <button type="button" className="link danger" aria-label={`Record that ${m.person.name} has left the board`} onClick={() => void apply(() => api.removeMember({ membershipId: m.id }), `${m.person.name} recorded as having left the board.`)}>
                        Left the board
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
        <details className="panel">
          <summary>Add a member</summary>
          <MemberForm
            idPrefix="new-member"
            roles={s.statutoryRoles}
            others={s.members}
            submitLabel="Add member"
            busy={change.busy}
            onSubmit={(values) => apply(() => api.addMember({ boardId, ...values }), `Added ${values.name}.`)}
          />
        </details>
      </section>

      <TermsForm setup={s} onSaved={(next: BoardSetup) => (setSetup(next), setStatus('Terms of reference saved.'))} />

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">Areas of concern</h2>
        <ol className="areas-edit">
          {s.areas.map((area) => (
            <li key={area.id}>
              <span>{area.title}</span>
              {area.status === 'business_as_usual' ? (
                <span className="tag">Business as usual{area.businessAsUsualOn ? ` since ${formatShortDate(area.businessAsUsualOn)}` : ''}</span>
              ) : (
                <button type="button" className="link" aria-label={`Move area ${area.position} to business as usual`} onClick={() => setMoving(moving === area.id ? null : area.id)}>
                  Move to business as usual…
                </button>
              )}
              {moving === area.id && (
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const form = new FormData(event.currentTarget);
                    const meetingId = form.get('meeting') ? Number(form.get('meeting')) : null;
                    void apply(() => api.moveAreaToBusinessAsUsual({ areaId: area.id, on: String(form.get('on')), meetingId }), `Area ${area.position} moved to business as usual.`).then((ok) => ok && setMoving(null));
                  }}
                >
                  <div className="field">
                    <label htmlFor={`bau-on-${area.id}`}>Since</label>
                    <input id={`bau-on-${area.id}`} name="on" type="date" required />
                  </div>
                  <div className="field">
                    <label htmlFor={`bau-meeting-${area.id}`}>Agreed at the meeting of</label>
                    <select id={`bau-meeting-${area.id}`} name="meeting">
                      <option value="">Not recorded</option>
                      {meetings.state === 'ready' &&
                        meetings.value.map((m) => (
                          <option key={m.id} value={m.id}>
                            {formatShortDate(m.date)}
                          </option>
                        ))}
                    </select>
                  </div>
                  <button type="submit" className="small">
                    Record
                  </button>
                </form>
              )}
              <label className="inline-label">
                Lead{' '}
                <select
                  aria-label={`Lead for area ${area.position}`}
                  value={area.leadPersonId ?? ''}
                  onChange={(e) => void apply(() => api.updateArea({ areaId: area.id, title: area.title, leadPersonId: e.target.value ? Number(e.target.value) : null }), `Lead for area ${area.position} saved.`)}
                >
                  <option value="">No lead</option>
                  {s.members.map((m) => (
                    <option key={m.person.id} value={m.person.id}>
                      {m.person.name}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ol>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void apply(() => api.addArea({ boardId, title: areaTitle }), 'Area added.').then((ok) => ok && setAreaTitle(''));
          }}
        >
          <div className="field">
            <label htmlFor="area-title">New area of concern</label>
            <input id="area-title" type="text" value={areaTitle} onChange={(e) => setAreaTitle(e.target.value)} />
          </div>
          <button type="submit" disabled={change.busy}>
            Add area
          </button>
        </form>
      </section>
    </>
  );
}
