import type { ReactNode } from 'react';
import { formatLongDate, formatShortDate, formatTimeRange } from '../../shared/dates';
import { ACTION_STATUS_LABELS } from '../../shared/model/action';
import { ITEM_PURPOSE_LABELS } from '../../shared/model/agenda';
import { MEMBER_ROLE_LABELS } from '../../shared/model/people';
import { PACK_MARKINGS, packSections, paperSectionKey, type PackContent, type PackPageNumbers, type PackSection } from '../../shared/model/pack';
import { HeatMap } from '../components/HeatMap';
import { InviteesTable } from '../screens/meeting/CompliancePanel';
import { RAG_LABELS } from '../screens/tracking/ActionLogScreen';
import { AreaResults, OUTCOME_LABELS } from '../screens/tracking/DashboardScreen';
import { chartSummary, MetricChart, periodLabel } from '../screens/tracking/MetricChart';
import { MinutesBody } from './MinutesBody';

// The meeting pack as Chromium prints it. One <section> per entry of packSections(), each
// starting on a new page with exactly one <h1>: the printer reads the PDF's top-level
// bookmarks back to learn where each section landed, so nothing else may be an h1.

const ATTENDANCE_LABELS = { present: 'Present', apologies: 'Apologies', absent: 'Absent' } as const;
const TREND = { down: 'Falling', up: 'Rising', same: 'Unchanged', new: 'First review' } as const;

export function PackDocument({ content, numbers }: { readonly content: PackContent; readonly numbers: PackPageNumbers | null }) {
  return (
    <div className={`print-doc pack pack-${content.variant}`}>
      {packSections(content).map((section) => (
        <section key={section.key} className={`print-section section-${section.kind}`} aria-labelledby={`h-${section.key}`}>
          <SectionBody content={content} section={section} numbers={numbers} />
        </section>
      ))}
    </div>
  );
}

function Heading({ section, children }: { readonly section: PackSection; readonly children?: ReactNode }) {
  return <h1 id={`h-${section.key}`}>{children ?? section.title}</h1>;
}

function SectionBody({ content, section, numbers }: { readonly content: PackContent; readonly section: PackSection; readonly numbers: PackPageNumbers | null }) {
  switch (section.kind) {
    case 'cover':
      return <Cover content={content} section={section} />;
    case 'contents':
      return <Contents content={content} section={section} numbers={numbers} />;
    case 'agenda':
      return <Agenda content={content} section={section} numbers={numbers} />;
    case 'attendance':
      return <Attendance content={content} section={section} />;
    case 'minutes':
      return (
        <>
          <Heading section={section} />
          <p className="lede">
            {content.lastMeeting!.plan.meeting.title}, {formatLongDate(content.lastMeeting!.plan.meeting.date)}
          </p>
          <MinutesBody meeting={content.lastMeeting!} variant={content.variant} />
        </>
      );
    case 'actions':
      return <Actions content={content} section={section} />;
    case 'decisions':
      return <Decisions content={content} section={section} />;
    case 'risks':
      return <Risks content={content} section={section} />;
    case 'dashboard':
      return <DashboardSection content={content} section={section} />;
    case 'paper':
      return <PaperCover content={content} section={section} />;
  }
}

function Cover({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const m = content.meeting;
  return (
    <>
      <p className={`marking marking-${content.variant}`}>{PACK_MARKINGS[content.variant]}</p>
      <p className="cover-board">{content.boardName}</p>
      <Heading section={section} />
      <p className="cover-when">
        {formatLongDate(m.date)}, {formatTimeRange(m.startTime, m.endTime)}
      </p>
      {m.place && <p className="cover-place">{m.place}</p>}
      <p className="cover-produced">Meeting pack produced on {formatLongDate(content.producedOn)}.</p>
      {content.variant === 'confidential' && content.items.some((i) => i.confidential) && (
        <p className="cover-warning">This pack includes items taken in private (Part II). Do not publish or forward it; a public version leaves them out.</p>
      )}
      {content.variant === 'public' && content.withheld.length > 0 && (
        <p className="cover-warning">This is the public version of the pack: {content.withheld.length === 1 ? 'one item is' : `${content.withheld.length} items are`} withheld (see the contents page).</p>
      )}
    </>
  );
}

function Contents({ content, section, numbers }: { readonly content: PackContent; readonly section: PackSection; readonly numbers: PackPageNumbers | null }) {
  const entries = packSections(content).filter((s) => s.kind !== 'cover' && s.kind !== 'contents');
  return (
    <>
      <Heading section={section} />
      <table className="contents">
        <caption className="visually-hidden">Sections and papers in this pack, with the page each starts on</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col" className="page-number">
              Page
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((s) => (
            <tr key={s.key} className={s.kind === 'paper' ? 'contents-paper' : undefined}>
              <td>{s.kind === 'paper' ? `Paper for item ${s.title.replace(/^Item /, '')}` : s.title}</td>
              {/* Figure spaces hold the width until the numbers are known, so the page does not reflow. */}
              <td className="page-number">{numbers?.[s.key] ?? '\u2007\u2007\u2007'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {content.withheld.length > 0 && (
        <>
          <h2>Items withheld from this public pack</h2>
          <p>These items are taken in private. Their papers, minutes, decisions and actions are not included, for the reason given:</p>
          <ul>
            {content.withheld.map((w) => (
              <li key={w.number}>
                Item {w.number}: {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "page 19", or room for it until the numbers are known (so the second print does not reflow). */
const pageOf = (numbers: PackPageNumbers | null, key: string) => `page ${numbers?.[key] ?? '\u2007\u2007\u2007'}`;

function Agenda({ content, section, numbers }: { readonly content: PackContent; readonly section: PackSection; readonly numbers: PackPageNumbers | null }) {
  const m = content.meeting;
  const withheld = new Map(content.withheld.map((w) => [w.number, w.reason]));
  const rows = [...content.items.map((i) => ({ number: i.number, item: i })), ...content.withheld.map((w) => ({ number: w.number, item: null }))].sort(
    (a, b) => Number(a.number) - Number(b.number) || a.number.localeCompare(b.number),
  );
  return (
    <>
      <Heading section={section} />
      <p className="lede">
        {m.title}: {formatLongDate(m.date)}, {formatTimeRange(m.startTime, m.endTime)}
        {m.place ? `, ${m.place}` : ''}
      </p>
      <table>
        <caption className="visually-hidden">Agenda items in order, with presenter, purpose and start time</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Title</th>
            <th scope="col">Presenter</th>
            <th scope="col">Purpose</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ number, item }) =>
            item ? (
              <tr key={number}>
                <td>{number}</td>
                <td>
                  {item.title}
                  {item.confidential && <span className="part-two"> Part II (confidential): {item.confidentialReason}</span>}
                  {item.papers.length > 0 && <span className="meta"> Papers: {item.papers.map((p) => `${p.title} (${pageOf(numbers, paperSectionKey(p.id))})`).join('; ')}</span>}
                </td>
                <td>{item.presenterName ?? ''}</td>
                <td>{ITEM_PURPOSE_LABELS[item.purpose]}</td>
                <td>{item.startTime}</td>
              </tr>
            ) : (
              <tr key={number}>
                <td>{number}</td>
                <td colSpan={4}>Withheld from the public pack: {withheld.get(number)}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}

function Attendance({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const last = content.lastMeeting!;
  const nameOf = new Map(last.attendance.map((a) => [a.person.id, a.person.name]));
  return (
    <>
      <Heading section={section} />
      <p className="lede">
        {last.plan.meeting.title}, {formatLongDate(last.plan.meeting.date)}. {last.quorum.summary}
      </p>
      <table>
        <caption className="visually-hidden">Members of the board and their attendance at the last meeting</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Organisation</th>
            <th scope="col">Role</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {last.attendance.map((a) => (
            <tr key={a.person.id}>
              <td>{a.person.name}</td>
              <td>{a.person.organisation}</td>
              <td>{MEMBER_ROLE_LABELS[a.role]}</td>
              <td>
                {a.status ? ATTENDANCE_LABELS[a.status] : 'Not recorded'}
                {a.deputyForPersonId !== null && ` (deputy for ${nameOf.get(a.deputyForPersonId) ?? 'a member'})`}
                {a.arrivedLate && ', arrived late'}
                {a.leftEarly && ', left early'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {last.plan.compliance.invitees.length > 0 && (
        <>
          <h2>Statutory invitees</h2>
          <p>{last.plan.compliance.summary}</p>
          <InviteesTable compliance={last.plan.compliance} />
        </>
      )}
    </>
  );
}

function Actions({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const counts = (['red', 'amber', 'green', 'blue'] as const).map((rag) => `${content.actions.filter((a) => a.rag === rag).length} ${RAG_LABELS[rag].toLowerCase()}`);
  return (
    <>
      <Heading section={section} />
      <p className="lede">
        Open actions, and actions completed since the last meeting: {counts.join(', ')}. RAG as at {formatLongDate(content.producedOn)}.
      </p>
      {content.actions.length === 0 ? (
        <p>There are no open actions.</p>
      ) : (
        <table className="actions">
          <caption className="visually-hidden">Actions with owner, due date, status, RAG and impact</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">RAG</th>
              <th scope="col">Progress and impact</th>
            </tr>
          </thead>
          <tbody>
            {content.actions.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{a.reference}</td>
                <td>{a.title}</td>
                <td>
                  {a.ownerName}
                  {a.ownerOrganisation && <span className="meta"> {a.ownerOrganisation}</span>}
                </td>
                <td className="nowrap">{formatShortDate(a.dueDate)}</td>
                <td>{ACTION_STATUS_LABELS[a.status]}</td>
                <td>
                  <span className={`rag rag-${a.rag}`}>{RAG_LABELS[a.rag]}</span>
                  {a.ragReasons.length > 0 && <span className="meta"> {a.ragReasons.join('; ')}</span>}
                </td>
                <td>
                  {a.updates.at(-1) && (
                    <span>
                      {formatShortDate(a.updates.at(-1)!.updateDate)}: {a.updates.at(-1)!.note}
                    </span>
                  )}
                  {a.impactNote && <span className="meta"> Impact: {a.impactNote}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Decisions({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  return (
    <>
      <Heading section={section} />
      {content.decisions.length === 0 ? (
        <p>No decisions have been recorded since the last meeting.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Decisions with the meeting and item they were made at</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Meeting</th>
              <th scope="col">Item</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {content.decisions.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">{d.reference}</td>
                <td className="nowrap">{formatShortDate(d.meetingDate)}</td>
                <td>{d.itemNumber ?? ''}</td>
                <td>{d.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Risks({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const risks = content.risks.risks;
  return (
    <>
      <Heading section={section} />
      {risks.length === 0 ? (
        <p>There are no open risks on the register.</p>
      ) : (
        <>
          <HeatMap risks={risks} />
          <table>
            <caption className="visually-hidden">Open risks with owner, current and target score, trend and last review</caption>
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Risk</th>
                <th scope="col">Owner</th>
                <th scope="col">Score</th>
                <th scope="col">Target</th>
                <th scope="col">Trend</th>
                <th scope="col">Last reviewed</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{r.reference}</td>
                  <td>
                    {r.title}
                    {r.mitigations && <span className="meta"> Mitigations: {r.mitigations}</span>}
                  </td>
                  <td>{r.ownerName ?? ''}</td>
                  <td className="nowrap">
                    {r.score} ({r.likelihood}×{r.impact})
                  </td>
                  <td>{r.targetScore}</td>
                  <td>{TREND[r.trend]}</td>
                  <td className="nowrap">
                    {r.reviews.at(-1) ? formatShortDate(r.reviews.at(-1)!.reviewedOn) : 'Never'}
                    {r.notReviewedSinceLastMeeting && <span className="meta"> not reviewed since the last meeting</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function DashboardSection({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const d = content.dashboard!;
  const evaluation = new Map(d.evaluation.metrics.map((m) => [m.metricId, m]));
  return (
    <>
      <Heading section={section} />
      <p className="lede">
        <strong>{d.evaluation.headline}</strong> in {periodLabel(d.period)}.
      </p>
      <AreaResults dashboard={d} />
      {d.areas.map((area) => {
        const metrics = d.metrics.filter((m) => m.areaId === area.id);
        if (metrics.length === 0) return null;
        return (
          <div key={area.id} className="dashboard-area">
            <h2>
              {area.position}. {area.title}
            </h2>
            <div className="metric-grid">
              {metrics.map((metric) => {
                const e = evaluation.get(metric.id)!;
                const summary = chartSummary(metric, metric.values, `${periodLabel(d.period)}: ${OUTCOME_LABELS[e.outcome].toLowerCase()} (${e.reason}).`);
                return (
                  // A plain block, not <figure>: the chart itself is the PDF's Figure, with the summary as its alternative text.
                  <div key={metric.id} className="metric">
                    <p className="metric-name">
                      <strong>{metric.name}</strong> <span className={`outcome outcome-${e.outcome}`}>{OUTCOME_LABELS[e.outcome]}</span>
                    </p>
                    <MetricChart metric={metric} values={metric.values} periods={d.periods} summary={summary} />
                    <p className="meta">{summary}</p>
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </>
  );
}

function PaperCover({ content, section }: { readonly content: PackContent; readonly section: PackSection }) {
  const paper = content.papers.find((p) => p.id === section.paperId)!;
  return (
    <>
      <p className={`marking marking-${content.variant}`}>{PACK_MARKINGS[content.variant]}</p>
      <Heading section={section} />
      <p className="lede">
        Agenda item {paper.itemNumber}: {paper.itemTitle}
      </p>
      <table className="paper-facts">
        <caption className="visually-hidden">About this paper</caption>
        <tbody>
          <tr>
            <th scope="row">Paper</th>
            <td>{paper.title}</td>
          </tr>
          <tr>
            <th scope="row">Author</th>
            <td>{paper.author || 'Not given'}</td>
          </tr>
          <tr>
            <th scope="row">File</th>
            <td>
              {paper.fileName} (version {paper.version})
            </td>
          </tr>
        </tbody>
      </table>
      <p>The paper follows on the next page.</p>
    </>
  );
}
