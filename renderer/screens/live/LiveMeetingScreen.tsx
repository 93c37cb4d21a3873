import { useCallback, useEffect, useRef, useState } from 'react';
import { formatLongDate, formatShortDate } from '../../../shared/dates';
import { ITEM_PURPOSE_LABELS } from '../../../shared/model/agenda';
import type { LiveMeeting } from '../../../shared/model/liveMeeting';
import type { Result } from '../../../shared/api/result';
import { api } from '../../api/client';
import type { FileOut } from '../../../shared/api/call';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { saveFile } from '../../files';
import { hrefFor, useChange, useLoad } from '../../hooks';
import { AttendancePanel, type AttendanceChange } from './AttendancePanel';
import { ItemRecord, MattersArisingUpdates } from './ItemRecord';
import { ItemTimer } from './ItemTimer';
import { MinutesEditor } from './MinutesEditor';
import { ShortcutsHelp } from './ShortcutsHelp';

interface UndoStep {
  readonly label: string;
  readonly undo: () => Promise<Result<LiveMeeting>>;
}

/**
 * The meeting, live: the whole agenda on the left with the item in hand highlighted,
 * attendance and quorum; the item's papers, timer, minutes, decisions and actions on
 * the right. Keyboard first (Alt+H lists the shortcuts); every change can be undone.
 */
export function LiveMeetingScreen({ meetingId }: { readonly meetingId: number }) {
  const [loaded, , setLive] = useLoad(() => api.getLiveMeeting({ meetingId }), `live-${meetingId}`);
  const change = useChange();
  const [current, setCurrent] = useState(0);
  const [timerRunning, setTimerRunning] = useState(true);
  const [help, setHelp] = useState(false);
  // The undo stack lives in a ref (read after waiting for changes in flight) and is
  // mirrored in state for the Undo button's label.
  const undoStack = useRef<UndoStep[]>([]);
  const [undoSteps, setUndoSteps] = useState<readonly UndoStep[]>([]);
  const inFlight = useRef(new Set<Promise<unknown>>());
  const [said, setSaid] = useState('');
  const decisionInput = useRef<HTMLTextAreaElement>(null);
  const actionInput = useRef<HTMLInputElement>(null);

  const apply = useCallback(
    async (run: () => Promise<Result<LiveMeeting>>, undo?: UndoStep, message?: string) => {
      const pending = change.run(run);
      inFlight.current.add(pending);
      const next = await pending.finally(() => inFlight.current.delete(pending));
      if (!next) return false;
      setLive(next);
      if (undo) {
        undoStack.current = [...undoStack.current.slice(-19), undo];
        setUndoSteps(undoStack.current);
      }
      if (message) setSaid(message);
      return true;
    },
    [change, setLive],
  );

  const undoLast = useCallback(async () => {
    // Undo means the latest change, so wait for any still on its way first.
    while (inFlight.current.size > 0) await Promise.allSettled([...inFlight.current]);
    const step = undoStack.current.at(-1);
    if (!step) return setSaid('Nothing to undo.');
    undoStack.current = undoStack.current.slice(0, -1);
    setUndoSteps(undoStack.current);
    const next = await change.run(step.undo);
    if (!next) return;
    setLive(next);
    setSaid(`Undone: ${step.label}.`);
  }, [change, setLive]);

  const live = loaded.state === 'ready' ? loaded.value : null;
  const items = live?.plan.items ?? [];
  const item = items[Math.min(current, Math.max(0, items.length - 1))];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inText = event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type === 'text');
      if (!event.altKey) {
        if (event.key === '?' && !inText) {
          event.preventDefault();
          setHelp(true);
        }
        return;
      }
      const key = event.key.toLowerCase();
      const actions: Record<string, () => void> = {
        n: () => setCurrent((c) => Math.min(items.length - 1, c + 1)),
        p: () => setCurrent((c) => Math.max(0, c - 1)),
        m: () => document.querySelector<HTMLTextAreaElement>('.minutes-editor textarea')?.focus(),
        d: () => decisionInput.current?.focus(),
        a: () => actionInput.current?.focus(),
        t: () => setTimerRunning((r) => !r),
        z: () => void undoLast(),
        h: () => setHelp(true),
      };
      const act = actions[key];
      if (act) {
        event.preventDefault();
        act();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length, undoLast]);

  if (loaded.state === 'loading') return <p aria-busy="true">Opening the meeting…</p>;
  if (loaded.state === 'failed') return <ErrorNotice error={loaded.error} />;
  if (!live || !item) {
    return (
      <>
        <h1 tabIndex={-1}>This meeting has no agenda</h1>
        <p>
          <a href={hrefFor({ screen: 'meeting', meetingId })}>Prepare the agenda first</a>.
        </p>
      </>
    );
  }
  const { plan } = live;
  const editable = live.minutesEditable;
  const held = plan.meeting.status !== 'planned' && plan.meeting.status !== 'pack_circulated';
  const entry = live.minutes?.entries.find((e) => e.agendaItemId === item.id);

  const setAttendance = (changeTo: AttendanceChange, before: LiveMeeting['attendance'][number]) =>
    apply(
      () => api.setAttendance({ meetingId, ...changeTo }),
      {
        label: `attendance of ${before.person.name}`,
        undo: () => api.setAttendance({ meetingId, personId: before.person.id, status: before.status, deputyForPersonId: before.deputyForPersonId, arrivedLate: before.arrivedLate, leftEarly: before.leftEarly }),
      },
    );

  return (
    <div className="live">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId: plan.meeting.boardId })}>{plan.boardName}</a>{' '}
        <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'meeting', meetingId })}>{formatShortDate(plan.meeting.date)}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">In the meeting</span>
      </nav>
      <div className="live-head">
        <h1 tabIndex={-1}>
          In the meeting: {formatLongDate(plan.meeting.date)}
        </h1>
        <div className="actions-row">
          <button type="button" className="secondary small" onClick={() => void undoLast()} disabled={undoSteps.length === 0 || change.busy}>
            Undo {undoSteps.at(-1)?.label ?? ''}
          </button>
          <button type="button" className="secondary small" onClick={() => setHelp(true)}>
            Shortcuts <kbd>Alt+H</kbd>
          </button>
          <a className="button-link" href={`#/meetings/${meetingId}/summary`}>
            Summary for the chair
          </a>
        </div>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {said}
      </div>
      {change.error && <ErrorNotice error={change.error} />}

      <div className="live-columns">
        <aside className="live-side">
          <nav aria-label="Agenda">
            <h2>Agenda</h2>
            <ol className="live-agenda">
              {items.map((i, index) => (
                <li key={i.id}>
                  <button type="button" className={index === current ? 'agenda-link current' : 'agenda-link'} aria-current={index === current ? 'step' : undefined} onClick={() => setCurrent(index)}>
                    <span className="item-time">{i.startTime}</span> {i.number}. {i.title}
                    {live.minutes?.entries.some((e) => e.agendaItemId === i.id && e.text.trim()) && <span className="visually-hidden"> (minuted)</span>}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <AttendancePanel live={live} editable={editable} onChange={setAttendance} />
        </aside>

        <section className="live-main" aria-labelledby="current-item-heading">
          <div className="current-head">
            <h2 id="current-item-heading">
              {item.number}. {item.title}
            </h2>
            <ItemTimer itemId={item.id} allowedMinutes={item.minutesAllowed} running={timerRunning} onToggle={() => setTimerRunning((r) => !r)} />
          </div>
          <p className="meta">
            {ITEM_PURPOSE_LABELS[item.purpose]}
            {item.presenterName ? ` · presented by ${item.presenterName}` : ''}
            {item.confidential ? ` · Part II (confidential): ${item.confidentialReason}` : ''}
          </p>
          {item.papers.length > 0 && (
            <p className="papers-at-hand">
              Papers:{' '}
              {item.papers.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link" onClick={() => void api.getPaperFile({ paperId: p.id }).then((r) => r.ok && saveFile(r.value))}>
                    {p.title}
                  </button>
                </span>
              ))}
            </p>
          )}
          {item.standingKind === 'minutes' && live.previousMinutes && (
            <PreviousMinutes live={live} busy={change.busy} onApprove={() => apply(() => api.approveMinutes({ meetingId: live.previousMinutes!.meetingId, atMeetingId: meetingId }), undefined, 'Minutes approved.')} />
          )}
          {item.standingKind === 'action_log' && (
            <MattersArisingUpdates
              live={live}
              editable={editable}
              busy={change.busy}
              onUpdate={(actionId, status, note, newDueDate, reason) =>
                apply(() => api.recordActionProgress({ meetingId, actionId, status, note, newDueDate, dueDateReason: reason }), {
                  label: 'the action update',
                  undo: async () => {
                    const latest = await api.getLiveMeeting({ meetingId });
                    const update = latest.ok ? latest.value.actionUpdates.filter((u) => u.actionId === actionId).at(-1) : undefined;
                    return update ? api.withdrawActionUpdate({ updateId: update.id }) : latest;
                  },
                }, 'Action updated.')
              }
            />
          )}
          <MinutesEditor key={item.id} item={item} initial={entry?.text ?? ''} editable={editable} />
          <ItemRecord
            live={live}
            item={item}
            editable={editable}
            busy={change.busy}
            decisionInput={decisionInput}
            actionInput={actionInput}
            onDecision={(text) =>
              apply(() => api.recordDecision({ meetingId, agendaItemId: item.id, text }), {
                label: 'the decision',
                undo: async () => {
                  const latest = await api.getLiveMeeting({ meetingId });
                  const last = latest.ok ? latest.value.decisions.at(-1) : undefined;
                  return last ? api.withdrawDecision({ decisionId: last.id }) : latest;
                },
              }, 'Decision recorded.')
            }
            onAction={(values) =>
              apply(() => api.createAction({ meetingId, agendaItemId: item.id, areaId: item.areaId, ...values }), {
                label: 'the action',
                undo: async () => {
                  const latest = await api.getLiveMeeting({ meetingId });
                  const last = latest.ok ? latest.value.newActions.at(-1) : undefined;
                  return last ? api.withdrawAction({ actionId: last.id }) : latest;
                },
              }, 'Action agreed.')
            }
          />
          <div className="actions-row item-nav">
            <button type="button" className="secondary" disabled={current === 0} onClick={() => setCurrent(current - 1)}>
              ← Previous item <kbd>Alt+P</kbd>
            </button>
            <button type="button" className="secondary" disabled={current >= items.length - 1} onClick={() => setCurrent(current + 1)}>
              Next item <kbd>Alt+N</kbd> →
            </button>
          </div>
          <AfterTheMeeting live={live} held={held} busy={change.busy} apply={apply} />
        </section>
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

function PreviousMinutes({ live, busy, onApprove }: { readonly live: LiveMeeting; readonly busy: boolean; readonly onApprove: () => Promise<boolean> }) {
  const previous = live.previousMinutes!;
  if (previous.status === 'approved') return <StatusNotice message={`The minutes of ${formatLongDate(previous.date)} are approved and locked.`} />;
  return (
    <div className="panel approve">
      <p>
        Minutes of the meeting on {formatLongDate(previous.date)}: <strong>{previous.status ?? 'not written'}</strong>.
      </p>
      <button type="button" disabled={busy || previous.status === null} onClick={() => void onApprove()}>
        Approve as a true record
      </button>
    </div>
  );
}

function AfterTheMeeting({
  live,
  held,
  busy,
  apply,
}: {
  readonly live: LiveMeeting;
  readonly held: boolean;
  readonly busy: boolean;
  readonly apply: (run: () => Promise<Result<LiveMeeting>>, undo?: UndoStep, message?: string) => Promise<boolean>;
}) {
  const meetingId = live.plan.meeting.id;
  const status = live.minutes?.status ?? 'draft';
  const exporting = useChange();
  const save = (make: () => Promise<Result<FileOut>>) => void exporting.run(make).then((file) => file && saveFile(file));
  return (
    <section className="panel after" aria-labelledby="after-heading">
      <h2 id="after-heading">Closing the meeting</h2>
      {!held ? (
        <>
          <p>When the meeting closes, record it as held. The minutes stay a draft you can finish.</p>
          <button type="button" disabled={busy} onClick={() => void apply(() => api.endMeeting({ meetingId }), undefined, 'Meeting recorded as held.')}>
            Close the meeting
          </button>
        </>
      ) : (
        <>
          <p>
            Held. Minutes: <strong>{status}</strong>
            {status === 'approved' ? ' and locked.' : '.'}
          </p>
          {status === 'draft' && (
            <button type="button" disabled={busy} onClick={() => void apply(() => api.circulateMinutes({ meetingId }), undefined, 'Circulation of the draft minutes recorded.')}>
              Record the draft minutes as circulated
            </button>
          )}
          <div className="actions-row">
            <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => save(() => api.exportMinutes({ meetingId, public: false }))}>
              Minutes as Word (.docx)
            </button>
            <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => save(() => api.exportMinutes({ meetingId, public: true }))}>
              Public version (.docx)
            </button>
            <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => save(() => api.exportMinutesPdf({ meetingId, public: false }))}>
              Minutes as PDF
            </button>
            <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => save(() => api.exportMinutesPdf({ meetingId, public: true }))}>
              Public version (PDF)
            </button>
          </div>
          {exporting.busy && <p aria-live="polite">Making the file…</p>}
          {exporting.error && <ErrorNotice error={exporting.error} />}
        </>
      )}
    </section>
  );
}
