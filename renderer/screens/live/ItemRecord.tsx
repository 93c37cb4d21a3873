import { useState, type RefObject } from 'react';
import { formatShortDate } from '../../../shared/dates';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '../../../shared/model/action';
import type { LiveMeeting } from '../../../shared/model/liveMeeting';
import type { PlannedItem } from '../../../shared/model/preparation';

export interface NewActionValues {
  readonly title: string;
  readonly ownerPersonId: number | null;
  readonly newOwner: { readonly name: string; readonly organisation: string } | null;
  readonly dueDate: string;
}

interface Props {
  readonly live: LiveMeeting;
  readonly item: PlannedItem;
  readonly editable: boolean;
  readonly busy: boolean;
  readonly decisionInput: RefObject<HTMLTextAreaElement | null>;
  readonly actionInput: RefObject<HTMLInputElement | null>;
  readonly onDecision: (text: string) => Promise<boolean>;
  readonly onAction: (values: NewActionValues) => Promise<boolean>;
}

/** Decisions and actions captured against the current item. */
export function ItemRecord({ live, item, editable, busy, decisionInput, actionInput, onDecision, onAction }: Props) {
  const [decision, setDecision] = useState('');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [newOwnerName, setNewOwnerName] = useState('');
  const [newOwnerOrg, setNewOwnerOrg] = useState('');
  const [due, setDue] = useState('');
  const decisions = live.decisions.filter((d) => d.agendaItemId === item.id);
  const actions = live.newActions.filter((a) => a.sourceAgendaItemId === item.id);
  const members = live.attendance.map((a) => a.person);
  const others = live.plan.people.filter((p) => !members.some((m) => m.id === p.id));

  return (
    <div className="item-record">
      <section aria-labelledby={`decisions-${item.id}`}>
        <h3 id={`decisions-${item.id}`}>Decisions</h3>
        {decisions.length > 0 && (
          <ul className="record-list">
            {decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.reference}</strong> {d.text}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void onDecision(decision).then((ok) => ok && setDecision(''));
            }}
          >
            <div className="field grow">
              <label htmlFor={`decision-${item.id}`}>The board decided…</label>
              <textarea id={`decision-${item.id}`} ref={decisionInput} rows={2} value={decision} onChange={(e) => setDecision(e.target.value)} />
            </div>
            <button type="submit" disabled={busy}>
              Record decision
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby={`actions-${item.id}`}>
        <h3 id={`actions-${item.id}`}>Actions</h3>
        {actions.length > 0 && (
          <ul className="record-list">
            {actions.map((a) => (
              <li key={a.id}>
                <strong>{a.reference}</strong> {a.title} — <em>{a.ownerName}</em>, by {formatShortDate(a.dueDate)}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <form
            className="action-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const adding = owner === 'new';
              void onAction({
                title,
                ownerPersonId: owner && !adding ? Number(owner) : null,
                newOwner: adding && newOwnerName.trim() ? { name: newOwnerName, organisation: newOwnerOrg } : null,
                dueDate: due,
              }).then((ok) => {
                if (!ok) return;
                setTitle('');
                setOwner('');
                setDue('');
                setNewOwnerName('');
                setNewOwnerOrg('');
              });
            }}
          >
            <p className="hint">Every action needs an owner and a due date: the notice requires clearly assigned accountabilities and timescales.</p>
            <div className="field">
              <label htmlFor={`action-title-${item.id}`}>Action</label>
              <input id={`action-title-${item.id}`} ref={actionInput} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`action-owner-${item.id}`}>Owner (required)</label>
                <select id={`action-owner-${item.id}`} value={owner} onChange={(e) => setOwner(e.target.value)}>
                  <option value="">Choose…</option>
                  <optgroup label="Board members">
                    {members.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                  {others.length > 0 && (
                    <optgroup label="Others">
                      {others.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <option value="new">Someone else (add them)…</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={`action-due-${item.id}`}>Due date (required)</label>
                <input id={`action-due-${item.id}`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
              </div>
            </div>
            {owner === 'new' && (
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`action-new-owner-${item.id}`}>New owner’s name</label>
                  <input id={`action-new-owner-${item.id}`} type="text" value={newOwnerName} onChange={(e) => setNewOwnerName(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={`action-new-org-${item.id}`}>Their organisation</label>
                  <input id={`action-new-org-${item.id}`} type="text" value={newOwnerOrg} onChange={(e) => setNewOwnerOrg(e.target.value)} />
                </div>
              </div>
            )}
            <button type="submit" disabled={busy}>
              Agree action
            </button>
          </form>
        )}
      </section>
    </div>
  );
}

/** Under "Action log and matters arising": update existing actions from the meeting. */
export function MattersArisingUpdates({
  live,
  editable,
  busy,
  onUpdate,
}: {
  readonly live: LiveMeeting;
  readonly editable: boolean;
  readonly busy: boolean;
  readonly onUpdate: (actionId: number, status: ActionStatus, note: string, newDueDate: string | null, reason: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const [status, setStatus] = useState<ActionStatus>('in_progress');
  const [note, setNote] = useState('');
  const [newDue, setNewDue] = useState('');
  const [reason, setReason] = useState('');
  if (live.plan.mattersArising.length === 0) return <p className="hint">No open actions carry forward to this meeting.</p>;
  return (
    <section aria-labelledby="matters-heading" className="matters">
      <h3 id="matters-heading">Matters arising: open actions</h3>
      <ul className="record-list">
        {live.plan.mattersArising.map((a) => (
          <li key={a.id} className={a.overdue ? 'overdue' : undefined}>
            <strong>{a.reference}</strong> {a.title} — {a.ownerName}, due {formatShortDate(a.dueDate)}
            {a.overdue ? ' (overdue)' : ''} · {ACTION_STATUS_LABELS[a.status]}{' '}
            {editable && open !== a.id && (
              <button
                type="button"
                className="link"
                aria-label={`Update ${a.reference}`}
                onClick={() => {
                  setOpen(a.id);
                  setStatus(a.status === 'open' ? 'in_progress' : a.status);
                  setNote('');
                  setNewDue('');
                  setReason('');
                }}
              >
                Update
              </button>
            )}
            {open === a.id && (
              <form
                className="panel"
                onSubmit={(event) => {
                  event.preventDefault();
                  void onUpdate(a.id, status, note, newDue || null, reason).then((ok) => ok && setOpen(null));
                }}
              >
                <div className="field-row">
                  <div className="field">
                    <label htmlFor={`progress-status-${a.id}`}>Status</label>
                    <select id={`progress-status-${a.id}`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
                      {ACTION_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {ACTION_STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`progress-due-${a.id}`}>New due date (if moving)</label>
                    <input id={`progress-due-${a.id}`} type="date" value={newDue} onChange={(e) => setNewDue(e.target.value)} />
                  </div>
                </div>
                {newDue && (
                  <div className="field">
                    <label htmlFor={`progress-reason-${a.id}`}>Why the date is moving</label>
                    <input id={`progress-reason-${a.id}`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
                  </div>
                )}
                <div className="field">
                  <label htmlFor={`progress-note-${a.id}`}>Progress</label>
                  <input id={`progress-note-${a.id}`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
                </div>
                <div className="actions-row">
                  <button type="submit" disabled={busy}>
                    Save update
                  </button>
                  <button type="button" className="secondary" onClick={() => setOpen(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      {live.actionUpdates.length > 0 && (
        <p className="hint">
          Updated at this meeting: {live.actionUpdates.map((u) => `${u.reference} (${ACTION_STATUS_LABELS[u.status]})`).join(', ')}.
        </p>
      )}
    </section>
  );
}
