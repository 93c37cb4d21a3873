import { formatLongDate, formatShortDate, formatTimeRange } from '../../../shared/dates';
import { MEETING_STATUS_LABELS } from '../../../shared/model/meeting';
import type { Deadline, MeetingPlan } from '../../../shared/model/preparation';
import { describeCountdown } from '../../../shared/rules/workingDays';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { hrefFor, useLoad } from '../../hooks';
import { AgendaBuilder } from './AgendaBuilder';
import { CompliancePanel } from './CompliancePanel';
import { Invitations } from './Invitations';
import { PackExport } from './PackExport';

/** Preparing one meeting: deadlines, the statutory-invitee record, agenda, papers, invitations. */
export function MeetingScreen({ meetingId }: { readonly meetingId: number }) {
  const [plan, , setPlan] = useLoad(() => api.getMeetingPlan({ meetingId }), `meeting-${meetingId}`);

  if (plan.state === 'loading') return <p aria-busy="true">Loading the meeting…</p>;
  if (plan.state === 'failed') {
    return (
      <>
        <h1 tabIndex={-1}>Meeting not found</h1>
        <ErrorNotice error={plan.error} />
      </>
    );
  }
  const p = plan.value;
  const held = p.meeting.status === 'held' || p.meeting.status === 'minutes_approved';

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId: p.meeting.boardId })}>{p.boardName}</a>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{formatShortDate(p.meeting.date)}</span>
      </nav>
      <h1 tabIndex={-1}>
        {p.meeting.title}, {formatLongDate(p.meeting.date)}
      </h1>
      <p className="meeting-facts">
        {formatTimeRange(p.meeting.startTime, p.meeting.endTime)} (UK time){p.meeting.place ? ` · ${p.meeting.place}` : ''} ·{' '}
        <span className={`status status-${p.meeting.status}`}>{MEETING_STATUS_LABELS[p.meeting.status]}</span>
      </p>
      <p className="actions-row">
        <a className="button-link" href={hrefFor({ screen: 'live', meetingId: p.meeting.id })}>
          {held ? 'Open the meeting record (minutes, decisions, actions)' : 'Run the meeting'}
        </a>
        <a href={hrefFor({ screen: 'summary', meetingId: p.meeting.id })}>Summary for the chair</a>
      </p>
      {p.meeting.status === 'planned' && (
        <ul className="deadlines" aria-label="Deadlines">
          <DeadlineChip label="Papers due" deadline={p.papersDeadline} />
          <DeadlineChip label="Pack to be sent" deadline={p.packDeadline} />
        </ul>
      )}
      <CompliancePanel compliance={p.compliance} meetingHeld={held} />
      {p.missingPapers.length > 0 && !held && <MissingPapersPanel plan={p} />}
      <AgendaBuilder plan={p} onPlan={setPlan} editable={!held} />
      <Invitations plan={p} onPlan={setPlan} />
      <PackExport plan={p} />
    </>
  );
}

function DeadlineChip({ label, deadline }: { readonly label: string; readonly deadline: Deadline }) {
  if (deadline.date === null) return null;
  const left = deadline.workingDaysLeft ?? 0;
  const tone = left < 0 ? 'late' : left <= 2 ? 'soon' : 'ok';
  return (
    <li className={`deadline deadline-${tone}`}>
      <strong>{label}:</strong> {formatLongDate(deadline.date)} ({describeCountdown(left)})
    </li>
  );
}

function MissingPapersPanel({ plan }: { readonly plan: MeetingPlan }) {
  const late = (plan.papersDeadline.workingDaysLeft ?? 1) < 0;
  return (
    <section className={late ? 'panel missing late' : 'panel missing'} aria-labelledby="missing-heading">
      <h2 id="missing-heading">Papers still to come{late ? ' (past the papers deadline)' : ''}</h2>
      <ul>
        {plan.missingPapers.map((group) => (
          <li key={group.presenterName}>
            <strong>{group.presenterName}</strong>: {group.items.map((i) => `${i.number}. ${i.title}`).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
