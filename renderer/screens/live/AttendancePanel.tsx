import { useState } from 'react';
import { MEMBER_ROLE_LABELS } from '../../../shared/model/people';
import type { AttendanceRow, LiveMeeting } from '../../../shared/model/liveMeeting';
import type { AttendanceStatus } from '../../../shared/model/meetingRecord';

export interface AttendanceChange {
  readonly personId: number;
  readonly status: AttendanceStatus | null;
  readonly deputyForPersonId: number | null;
  readonly arrivedLate: boolean;
  readonly leftEarly: boolean;
}

const STATUSES: readonly [AttendanceStatus, string][] = [
  ['present', 'Present'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
];

/**
 * Attendance, fast by keyboard: each person is a radio group (arrow keys choose,
 * Tab moves on), with late, left early and deputy beside. The quorum updates live.
 */
export function AttendancePanel({
  live,
  editable,
  onChange,
}: {
  readonly live: LiveMeeting;
  readonly editable: boolean;
  readonly onChange: (change: AttendanceChange, before: AttendanceRow) => Promise<unknown>;
}) {
  const { quorum } = live;
  // A mark shows at once; the saved state replaces it when the answer comes back.
  const [pending, setPending] = useState<ReadonlyMap<number, AttendanceChange>>(new Map());
  const others = (row: AttendanceRow) => live.attendance.filter((a) => a.person.id !== row.person.id);
  const shown = (row: AttendanceRow): AttendanceRow => {
    const mark = pending.get(row.person.id);
    return mark ? { ...row, ...mark } : row;
  };
  return (
    <section aria-labelledby="attendance-heading" className="attendance">
      <h2 id="attendance-heading">Attendance</h2>
      <p className={quorum.quorate ? 'quorum quorum-ok' : 'quorum quorum-lost'} role="status" aria-live="polite">
        <strong>{quorum.quorate ? 'Quorate' : 'Not quorate'}</strong>
        <span>{quorum.summary.replace(/^(Quorate|Not quorate): /, '')}</span>
      </p>
      <ul className="attendance-list">
        {live.attendance.map((saved) => {
          const row = shown(saved);
          const set = (patch: Partial<AttendanceChange>) => {
            const next = { personId: row.person.id, status: row.status, deputyForPersonId: row.deputyForPersonId, arrivedLate: row.arrivedLate, leftEarly: row.leftEarly, ...patch };
            setPending((map) => new Map(map).set(row.person.id, next));
            void onChange(next, saved).finally(() =>
              setPending((map) => {
                const rest = new Map(map);
                if (rest.get(row.person.id) === next) rest.delete(row.person.id);
                return rest;
              }),
            );
          };
          return (
            <li key={row.person.id}>
              <fieldset disabled={!editable}>
                <legend>
                  {row.person.name} <span className="meta">{MEMBER_ROLE_LABELS[row.role]}</span>
                </legend>
                <div className="attendance-choices">
                  {STATUSES.map(([status, label]) => (
                    <label key={status} className="choice">
                      <input type="radio" name={`attendance-${row.person.id}`} value={status} checked={row.status === status} onChange={() => set({ status, leftEarly: status === 'present' ? row.leftEarly : false, arrivedLate: status === 'present' ? row.arrivedLate : false })} />
                      {label}
                    </label>
                  ))}
                  {row.status === 'present' && (
                    <>
                      <label className="choice">
                        <input type="checkbox" checked={row.arrivedLate} onChange={(e) => set({ arrivedLate: e.target.checked })} /> Late
                      </label>
                      <label className="choice">
                        <input type="checkbox" checked={row.leftEarly} onChange={(e) => set({ leftEarly: e.target.checked })} /> Left early
                      </label>
                      <label className="choice">
                        Deputy for{' '}
                        <select value={row.deputyForPersonId ?? ''} onChange={(e) => set({ deputyForPersonId: e.target.value ? Number(e.target.value) : null })}>
                          <option value="">nobody</option>
                          {others(row).map((o) => (
                            <option key={o.person.id} value={o.person.id}>
                              {o.person.name}
                            </option>
                          ))}
                        </select>
                      </label>
                    </>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
