import { formatLongDate, formatShortDate, londonToday } from '../../shared/dates';
import { minutesAttendance, type LiveMeeting } from '../../shared/model/liveMeeting';
import type { PackVariant } from '../../shared/model/pack';
import { minutesStateLabel } from '../../shared/model/pack';
import { MinutesText } from './MinutesText';


/** The minutes of one meeting: state, who was there, then item by item with decisions and actions. Headings start at h2. */
export function MinutesBody({ meeting, variant }: { readonly meeting: LiveMeeting; readonly variant: PackVariant }) {
  const status = meeting.minutes?.status ?? null;
  const { present, inAttendance, apologies } = minutesAttendance(meeting.attendance);
  const entry = (itemId: number) => meeting.minutes?.entries.find((e) => e.agendaItemId === itemId)?.text ?? '';
  return (
    <>
      <p className={status === 'approved' ? 'minutes-state approved' : 'minutes-state draft'}>
        {minutesStateLabel(status)}
        {status === 'approved' && meeting.minutes?.approvedAt ? ` as a true record on ${formatLongDate(londonToday(new Date(meeting.minutes.approvedAt)))}` : ''}
      </p>
      {variant === 'public' && <p className="note">Public version: items taken in private are listed with the reason only.</p>}
      <h2>Present</h2>
      <p>{present.join('; ') || 'Not recorded.'}</p>
      {inAttendance.length > 0 && (
        <>
          <h2>In attendance</h2>
          <p>{inAttendance.join('; ')}</p>
        </>
      )}
      {apologies.length > 0 && (
        <>
          <h2>Apologies</h2>
          <p>{apologies.join('; ')}</p>
        </>
      )}
      {meeting.plan.items.map((item) => (
        <div key={item.id} className="minutes-item">
          <h2>
            {item.number}. {item.title}
          </h2>
          {item.confidential && variant === 'public' ? (
            <p className="note">Taken in private: {item.confidentialReason}</p>
          ) : (
            <>
              {item.confidential && <p className="part-two">Confidential (Part II): {item.confidentialReason}</p>}
              <MinutesText text={entry(item.id)} headingLevel={3} />
              {meeting.decisions
                .filter((d) => d.agendaItemId === item.id)
                .map((d) => (
                  <p key={d.id} className="recorded">
                    <strong>Decision {d.reference}:</strong> {d.text}
                  </p>
                ))}
              {meeting.newActions
                .filter((a) => a.sourceAgendaItemId === item.id)
                .map((a) => (
                  <p key={a.id} className="recorded">
                    <strong>Action {a.reference}:</strong> {a.title} — {a.ownerName}, by {formatShortDate(a.dueDate)}
                  </p>
                ))}
            </>
          )}
        </div>
      ))}
      {meeting.minutes && meeting.minutes.corrections.length > 0 && (
        <>
          <h2>Corrections recorded after approval</h2>
          <ul>
            {meeting.minutes.corrections.map((c) => (
              <li key={c.id}>{c.correction}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
