import { useEffect, useState } from 'react';
import { formatShortDate, londonToday } from '../../shared/dates';
import type { Board } from '../../shared/model/board';
import type { Meeting } from '../../shared/model/meeting';
import type { SeriesPreview } from '../../shared/model/preparation';
import { ORDINALS, WEEKDAYS, type SeriesRule } from '../../shared/rules/series';
import { api } from '../api/client';
import { ErrorNotice } from '../components/Notice';
import { useChange } from '../hooks';

/** A monthly series, e.g. the last Tuesday of each month, previewed with its deadlines before it is saved. */
export function ScheduleSeriesForm({ board, onScheduled }: { readonly board: Board; readonly onScheduled: (meetings: Meeting[]) => void }) {
  const change = useChange();
  const [nth, setNth] = useState('-1');
  const [weekday, setWeekday] = useState('2');
  const [fromMonth, setFromMonth] = useState(londonToday().slice(0, 7));
  const [count, setCount] = useState('6');
  const [startTime, setStartTime] = useState('10:00');
  const [endTime, setEndTime] = useState('12:00');
  const [place, setPlace] = useState('');
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const rule: SeriesRule = { kind: 'nth_weekday', weekday: Number(weekday), nth: Number(nth) as 1 | 2 | 3 | 4 | -1 };
  const countNumber = Number(count);
  const valid = /^\d{4}-\d{2}$/.test(fromMonth) && Number.isInteger(countNumber) && countNumber >= 1 && countNumber <= 24;

  useEffect(() => {
    if (!valid) return setPreview(null);
    let current = true;
    void api.previewSeries({ boardId: board.id, rule, fromMonth, count: countNumber }).then((result) => {
      if (current) setPreview(result.ok ? result.value : null);
    });
    return () => {
      current = false;
    };
  }, [board.id, nth, weekday, fromMonth, count]);

  const schedule = async () => {
    const meetings = await change.run(() => api.scheduleSeries({ boardId: board.id, title: board.name, startTime, endTime, place, rule, fromMonth, count: countNumber }));
    if (meetings) onScheduled(meetings);
  };

  return (
    <details className="panel">
      <summary>Schedule a series of monthly meetings</summary>
      <div className="field-row">
        <div className="field">
          <label htmlFor="series-nth">Which</label>
          <select id="series-nth" value={nth} onChange={(e) => setNth(e.target.value)}>
            {Object.entries(ORDINALS).map(([value, word]) => (
              <option key={value} value={value}>
                {word[0]!.toUpperCase() + word.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="series-weekday">Day</label>
          <select id="series-weekday" value={weekday} onChange={(e) => setWeekday(e.target.value)}>
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i}>
                {day}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="series-from">First month</label>
          <input id="series-from" type="month" value={fromMonth} onChange={(e) => setFromMonth(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="series-count">Meetings</label>
          <input id="series-count" type="number" min={1} max={24} className="narrow" value={count} onChange={(e) => setCount(e.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="series-start">Starts (UK time)</label>
          <input id="series-start" type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="series-end">Ends (UK time)</label>
          <input id="series-end" type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="series-place">Place (every meeting)</label>
          <input id="series-place" type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
      </div>
      {preview && (
        <table className="compact">
          <caption>
            {preview.meetings.length} meetings on {preview.description}, with deadlines in working days (bank holidays excluded)
          </caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Papers due</th>
              <th scope="col">Pack to be sent</th>
            </tr>
          </thead>
          <tbody>
            {preview.meetings.map((m) => (
              <tr key={m.date}>
                <td>{formatShortDate(m.date)}</td>
                <td>{formatShortDate(m.papersDeadline)}</td>
                <td>{formatShortDate(m.packDeadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {change.error && <ErrorNotice error={change.error} />}
      <button type="button" onClick={() => void schedule()} disabled={!valid || change.busy || !preview}>
        Schedule {preview ? preview.meetings.length : ''} meetings
      </button>
    </details>
  );
}
