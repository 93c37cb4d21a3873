import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatShortDate } from '../../../shared/dates';
import { ITEM_PURPOSE_LABELS } from '../../../shared/model/agenda';
import type { MeetingPlan, PlannedItem } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { useChange } from '../../hooks';
import { AgendaItemForm } from './AgendaItemForm';
import { ItemPapers } from './Papers';

interface Props {
  readonly plan: MeetingPlan;
  readonly onPlan: (plan: MeetingPlan) => void;
  readonly editable: boolean;
}

/**
 * The agenda builder: items in order with their running start times; reorder with the
 * Move buttons, Alt+↑/↓ on an item, or by dragging; edit in place; remove with undo.
 */
export function AgendaBuilder({ plan, onPlan, editable }: Props) {
  const change = useChange();
  const [editing, setEditing] = useState<number | null>(null);
  const [removed, setRemoved] = useState<PlannedItem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const focusAfterMove = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const { items, timing, meeting } = plan;

  // After a move by keyboard, keep focus on the item that moved.
  useEffect(() => {
    if (focusAfterMove.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-item-id="${focusAfterMove.current}"]`)?.focus();
    focusAfterMove.current = null;
  }, [plan]);

  const apply = async (run: () => ReturnType<typeof api.getMeetingPlan>, said?: string) => {
    const next = await change.run(run);
    if (next) {
      onPlan(next);
      if (said) setAnnouncement(said);
    }
    return next !== undefined;
  };

  const move = async (item: PlannedItem, toPosition: number, byKeyboard = false) => {
    if (toPosition < 1 || toPosition > items.length || toPosition === item.position) return;
    if (byKeyboard) focusAfterMove.current = item.id;
    await apply(() => api.moveAgendaItem({ itemId: item.id, toPosition }), `Moved “${item.title}” to number ${toPosition}.`);
  };

  const onItemKey = (event: KeyboardEvent, item: PlannedItem) => {
    if (!editable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(item, item.position + (event.key === 'ArrowUp' ? -1 : 1), true);
  };

  if (items.length === 0) {
    return (
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="empty">This meeting has no agenda yet.</p>
        {editable && (
          <div className="actions-row">
            <button type="button" disabled={change.busy} onClick={() => void apply(() => api.startAgenda({ meetingId: meeting.id, from: 'template' }), 'Agenda started from the standard template.')}>
              Start from the standard template
            </button>
            {plan.previousMeetingId !== null && (
              <button type="button" className="secondary" disabled={change.busy} onClick={() => void apply(() => api.startAgenda({ meetingId: meeting.id, from: 'last_meeting' }), "Agenda copied from the last meeting.")}>
                Copy the last meeting’s agenda
              </button>
            )}
          </div>
        )}
        {change.error && <ErrorNotice error={change.error} />}
        <AddItem plan={plan} onPlan={onPlan} editable={editable} />
      </section>
    );
  }

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <p className="hint">
        {items.length} items, {meeting.startTime} to {timing.endsAt}.{' '}
        {timing.overrunMinutes > 0 ? (
          <strong className="warning-text">Runs {timing.overrunMinutes} minutes past the planned end ({meeting.endTime}).</strong>
        ) : (
          `Fits before ${meeting.endTime}.`
        )}{' '}
        {editable && 'To reorder, use Move up and Move down, press Alt+↑ or Alt+↓ on an item, or drag it by its handle.'}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {removed && (
        <div className="notice notice-ok undo" role="status">
          Removed “{removed.title}”.{' '}
          <button
            type="button"
            className="link"
            onClick={() => void apply(() => api.restoreAgendaItem({ itemId: removed.id }), `Put “${removed.title}” back.`).then(() => setRemoved(null))}
          >
            Undo
          </button>
        </div>
      )}
      {change.error && <ErrorNotice error={change.error} />}
      <ol className="agenda" ref={list} aria-label="Agenda items">
        {items.map((item) => (
          <li
            key={item.id}
            data-item-id={item.id}
            tabIndex={-1}
            className={dragged === item.id ? 'agenda-item dragging' : 'agenda-item'}
            onKeyDown={(event) => onItemKey(event, item)}
            onDragOver={(event) => {
              if (dragged !== null) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              const from = items.find((i) => i.id === dragged);
              setDragged(null);
              if (from) void move(from, item.position);
            }}
          >
            <div className="item-head">
              {editable && (
                <span
                  className="drag-handle"
                  draggable
                  onDragStart={(event) => {
                    setDragged(item.id);
                    event.dataTransfer.setData('text/plain', String(item.id));
                    event.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragEnd={() => setDragged(null)}
                  title="Drag to reorder"
                  aria-hidden="true"
                >
                  ⠿
                </span>
              )}
              <span className="item-time">{item.startTime}</span>
              <span className="item-number">{item.number}.</span>
              <span className="item-title">{item.title}</span>
              {item.confidential && (
                <span className="tag tag-confidential" title={item.confidentialReason}>
                  Part II
                </span>
              )}
            </div>
            <div className="item-meta meta">
              {ITEM_PURPOSE_LABELS[item.purpose]} · {item.minutesAllowed} min
              {item.presenterName ? ` · ${item.presenterName}` : ''}
              {item.confidential ? ` · Confidential: ${item.confidentialReason}` : ''}
            </div>
            {item.standingKind === 'action_log' && <MattersArising plan={plan} />}
            {editing === item.id ? (
              <AgendaItemForm
                idPrefix={`edit-${item.id}`}
                initial={item}
                people={plan.people}
                areas={plan.areas}
                submitLabel="Save item"
                busy={change.busy}
                onCancel={() => setEditing(null)}
                onSubmit={async (values) => {
                  const saved = await apply(() => api.updateAgendaItem({ itemId: item.id, ...values }), `Saved “${values.title}”.`);
                  if (saved) setEditing(null);
                  return saved;
                }}
              />
            ) : (
              editable && (
                <div className="item-buttons">
                  <button type="button" className="link" onClick={() => void move(item, item.position - 1)} disabled={item.position === 1 || change.busy} aria-label={`Move up item ${item.number}, ${item.title}`}>
                    Move up
                  </button>
                  <button type="button" className="link" onClick={() => void move(item, item.position + 1)} disabled={item.position === items.length || change.busy} aria-label={`Move down item ${item.number}, ${item.title}`}>
                    Move down
                  </button>
                  <button type="button" className="link" onClick={() => setEditing(item.id)} aria-label={`Edit item ${item.number}, ${item.title}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link danger"
                    aria-label={`Remove item ${item.number}, ${item.title}`}
                    onClick={() => void apply(() => api.removeAgendaItem({ itemId: item.id }), `Removed “${item.title}”.`).then((done) => done && setRemoved(item))}
                  >
                    Remove
                  </button>
                </div>
              )
            )}
            {(item.paperExpected || item.papers.length > 0) && <ItemPapers item={item} onPlan={onPlan} />}
          </li>
        ))}
      </ol>
      <AddItem plan={plan} onPlan={onPlan} editable={editable} />
    </section>
  );
}

function AddItem({ plan, onPlan, editable }: Props) {
  const change = useChange();
  if (!editable) return null;
  return (
    <details className="panel add-item">
      <summary>Add an item</summary>
      <AgendaItemForm
        idPrefix="new-item"
        people={plan.people}
        areas={plan.areas}
        submitLabel="Add item"
        busy={change.busy}
        onSubmit={async (values) => {
          const next = await change.run(() => api.addAgendaItem({ meetingId: plan.meeting.id, ...values }));
          if (next) onPlan(next);
          return next !== undefined;
        }}
      />
      {change.error && <ErrorNotice error={change.error} />}
    </details>
  );
}

/** Open and overdue actions, carried forward from earlier meetings. */
function MattersArising({ plan }: { readonly plan: MeetingPlan }) {
  if (plan.mattersArising.length === 0) return <p className="hint">No open actions carry forward.</p>;
  const overdue = plan.mattersArising.filter((a) => a.overdue).length;
  return (
    <details className="matters-arising">
      <summary>
        {plan.mattersArising.length} open action{plan.mattersArising.length === 1 ? '' : 's'} carried forward{overdue > 0 ? `, ${overdue} overdue` : ''}
      </summary>
      <table className="compact">
        <caption className="visually-hidden">Open actions carried forward to this meeting</caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {plan.mattersArising.map((a) => (
            <tr key={a.id} className={a.overdue ? 'overdue' : undefined}>
              <td>{a.reference}</td>
              <td>{a.title}</td>
              <td>{a.ownerName}</td>
              <td>
                {formatShortDate(a.dueDate)}
                {a.overdue ? ' (overdue)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
