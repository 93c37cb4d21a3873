import { useState } from 'react';
import { formatLongDate, formatTimeRange } from '../../shared/dates';
import { MEETING_STATUS_LABELS } from '../../shared/model/meeting';
import { api } from '../api/client';
import { ErrorNotice, StatusNotice } from '../components/Notice';
import { hrefFor, useLoad } from '../hooks';
import { ScheduleSeriesForm } from './ScheduleSeriesForm';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';

/** One board: its meetings, scheduling the next one, and its areas of concern. */
export function BoardScreen({ boardId }: { readonly boardId: number }) {
  const [detail] = useLoad(() => api.getBoard({ boardId }), `board-${boardId}`);
  const [meetings, reloadMeetings] = useLoad(() => api.listMeetings({ boardId }), `meetings-${boardId}`);
  const [status, setStatus] = useState('');

  if (detail.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (detail.state === 'failed') {
    return (
      <>
        <h1 tabIndex={-1}>Board not found</h1>
        <ErrorNotice error={detail.error} />
        <p>
          <a href="#/">Back to boards</a>
        </p>
      </>
    );
  }
  const { board, areas } = detail.value;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <span aria-current="page">{board.name}</span>
      </nav>
      <h1 tabIndex={-1}>{board.name}</h1>
      <ul className="board-links">
        <li>
          <a href={hrefFor({ screen: 'setup', boardId })}>Board set-up: members, statutory invitees, terms of reference</a>
        </li>
        <li>
          <a href={hrefFor({ screen: 'invitations', boardId })}>Invitations record (statutory invitees, all meetings)</a>
        </li>
        <li>
          <a href={hrefFor({ screen: 'actions', boardId })}>Action and impact log</a>
        </li>
        <li>
          <a href={hrefFor({ screen: 'dashboard', boardId })}>Improvement plan dashboard</a>
        </li>
        <li>
          <a href={hrefFor({ screen: 'risks', boardId })}>Risk register</a>
        </li>
      </ul>

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings</h2>
        {meetings.state === 'failed' && <ErrorNotice error={meetings.error} />}
        {meetings.state === 'ready' && meetings.value.length === 0 && <p className="empty">No meetings scheduled yet.</p>}
        {meetings.state === 'ready' && meetings.value.length > 0 && (
          <table className="meetings">
            <caption className="visually-hidden">Meetings of {board.name}, earliest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Time</th>
                <th scope="col">Meeting</th>
                <th scope="col">Place</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {meetings.value.map((meeting) => (
                <tr key={meeting.id}>
                  <td>
                    <a href={hrefFor({ screen: 'meeting', meetingId: meeting.id })}>{formatLongDate(meeting.date)}</a>
                  </td>
                  <td className="nowrap">{formatTimeRange(meeting.startTime, meeting.endTime)}</td>
                  <td>{meeting.title}</td>
                  <td>{meeting.place || '—'}</td>
                  <td>
                    <span className={`status status-${meeting.status}`}>{MEETING_STATUS_LABELS[meeting.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {status && <StatusNotice message={status} />}
      </section>

      <ScheduleMeetingForm
        board={board}
        onScheduled={(meeting) => {
          setStatus(`Scheduled “${meeting.title}” on ${formatLongDate(meeting.date)}.`);
          reloadMeetings();
        }}
      />
      <ScheduleSeriesForm
        board={board}
        onScheduled={(scheduled) => {
          setStatus(`Scheduled ${scheduled.length} meetings, from ${formatLongDate(scheduled[0]!.date)} to ${formatLongDate(scheduled.at(-1)!.date)}.`);
          reloadMeetings();
        }}
      />

      {areas.length > 0 && (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">Areas of concern</h2>
          <ol className="areas">
            {areas.map((area) => (
              <li key={area.id}>
                {area.title}
                {area.status === 'business_as_usual' && <span className="tag">Business as usual</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
