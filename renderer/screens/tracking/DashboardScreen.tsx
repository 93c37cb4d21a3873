import { useState } from 'react';
import { formatShortDate } from '../../../shared/dates';
import type { Outcome } from '../../../shared/rules/evaluation';
import type { Dashboard } from '../../../shared/api/trackingCalls';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { saveFile } from '../../files';
import { hrefFor, useChange, useLoad } from '../../hooks';
import { MetricsImport } from './MetricsImport';
import { chartSummary, MetricChart, periodLabel } from './MetricChart';

export const OUTCOME_LABELS: Record<Outcome, string> = { achieved: 'Achieved', not_achieved: 'Not achieved', not_assessable: 'Not assessable' };

/** The improvement-plan dashboard: the headline, each area's result, and each measure's trajectory. */
export function DashboardScreen({ boardId }: { readonly boardId: number }) {
  const [period, setPeriod] = useState<string | null>(null);
  const [loaded, reload] = useLoad(() => api.getDashboard({ boardId, period }), `dashboard-${boardId}-${period}`);
  const exporting = useChange();
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the dashboard…</p>;
  if (loaded.state === 'failed') return <ErrorNotice error={loaded.error} />;
  const d = loaded.value;
  const evaluation = new Map(d.evaluation.metrics.map((m) => [m.metricId, m]));

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId })}>{d.boardName}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Dashboard</span>
      </nav>
      <h1 tabIndex={-1}>Improvement plan dashboard</h1>
      <div className="field">
        <label htmlFor="dashboard-period">Assessed for</label>
        <select id="dashboard-period" value={d.period} onChange={(e) => setPeriod(e.target.value)}>
          {d.periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions-row">
        <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => void exporting.run(() => api.exportMetrics({ boardId, format: 'xlsx' })).then((f) => f && saveFile(f))}>
          Export figures (.xlsx)
        </button>
        <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => void exporting.run(() => api.exportMetrics({ boardId, format: 'csv' })).then((f) => f && saveFile(f))}>
          Export figures (.csv)
        </button>
      </div>
      {exporting.error && <ErrorNotice error={exporting.error} />}
      <MetricsImport boardId={boardId} onImported={reload} />
      <p className="headline">
        <strong>{d.evaluation.headline}</strong> in {periodLabel(d.period)}.
      </p>
      <AreaResults dashboard={d} />
      <Governance d={d} />
      {d.areas.map((area) => {
        const metrics = d.metrics.filter((m) => m.areaId === area.id);
        if (metrics.length === 0) return null;
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="dashboard-area">
            <h2 id={`area-${area.id}`}>
              {area.position}. {area.title}
            </h2>
            <div className="metric-grid">
              {metrics.map((metric) => {
                const e = evaluation.get(metric.id)!;
                const sentence = `${periodLabel(d.period)}: ${OUTCOME_LABELS[e.outcome].toLowerCase()} (${e.reason}).`;
                const summary = chartSummary(metric, metric.values, sentence);
                return (
                  <figure key={metric.id} className="metric">
                    <figcaption>
                      <strong>{metric.name}</strong>
                      <span className={`outcome outcome-${e.outcome}`}>{OUTCOME_LABELS[e.outcome]}</span>
                    </figcaption>
                    <MetricChart metric={metric} values={metric.values} periods={d.periods} summary={summary} />
                    <p className="meta">{summary}</p>
                    <ChartData metric={metric} periods={d.periods} />
                  </figure>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}

/** The chart's data as a table, built when it is opened (120 months × 40 charts is a lot of DOM to build up front). */
function ChartData({ metric, periods }: { readonly metric: Dashboard['metrics'][number]; readonly periods: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const text = (period: string, kind: 'actual' | 'interim_target') => metric.values.find((v) => v.period === period && v.kind === kind)?.valueText || '—';
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Data for this chart</summary>
      {open && (
        <table className="compact">
          <caption className="visually-hidden">{metric.name}, by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Actual</th>
              <th scope="col">Interim target</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p}>
                <th scope="row">{periodLabel(p)}</th>
                <td>{text(p, 'actual')}</td>
                <td>{text(p, 'interim_target')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** The board's own governance measures, computed from what Quorate has recorded. */
function Governance({ d }: { readonly d: Dashboard }) {
  const g = d.governance;
  const percent = g.actionsDue === 0 ? null : Math.round((g.actionsDeliveredOnTime / g.actionsDue) * 100);
  return (
    <section aria-labelledby="governance-heading">
      <h2 id="governance-heading">The board’s own measures, from its record</h2>
      <table className="compact">
        <caption className="visually-hidden">Governance measures to the end of {periodLabel(d.period)}</caption>
        <tbody>
          <tr>
            <th scope="row">Meetings held to date</th>
            <td>
              {g.meetingsHeld} ({g.meetingsHeldInPeriod} in {periodLabel(d.period)})
              {g.meetingsExpected !== null && `; the terms of reference (${g.meetingFrequency.toLowerCase()}) call for ${g.meetingsExpected}${g.meetingsHeld >= g.meetingsExpected ? ': in line' : ': fewer than required'}`}
            </td>
          </tr>
          <tr>
            <th scope="row">Decisions made</th>
            <td>
              {g.decisionsInPeriod} in {periodLabel(d.period)}; {g.decisionsToDate} to date
            </td>
          </tr>
          <tr>
            <th scope="row">Actions delivered within timescale</th>
            <td>{percent === null ? 'No actions due yet' : `${percent}% (${g.actionsDeliveredOnTime} of ${g.actionsDue} due by the end of ${periodLabel(d.period)})`}</td>
          </tr>
        </tbody>
      </table>
      {g.attendanceByOrganisation.length > 0 && (
        <details>
          <summary>Attendance by organisation and member</summary>
          <table className="compact">
            <caption className="visually-hidden">Meetings attended by each organisation</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Attended</th>
              </tr>
            </thead>
            <tbody>
              {g.attendanceByOrganisation.map((o) => (
                <tr key={o.organisation}>
                  <td>{o.organisation}</td>
                  <td>
                    {o.present} of {o.of} ({Math.round((o.present / o.of) * 100)}%)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="compact">
            <caption className="visually-hidden">Meetings attended by each member</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Attended</th>
              </tr>
            </thead>
            <tbody>
              {g.attendanceByMember.map((m) => (
                <tr key={m.name}>
                  <td>
                    {m.name} <span className="meta">{m.organisation}</span>
                  </td>
                  <td>
                    {m.present} of {m.of}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

/** Each area of concern with its result for the period ("1/3 achieved"); on screen and in the pack. */
export function AreaResults({ dashboard: d }: { readonly dashboard: Dashboard }) {
  return (
    <table className="meetings">
      <caption className="visually-hidden">Result for each area of concern in {periodLabel(d.period)}</caption>
      <thead>
        <tr>
          <th scope="col">Area of concern</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {d.areas.map((area, i) => (
          <tr key={area.id}>
            <td>
              {area.position}. {area.title}
              {area.status === 'business_as_usual' && (
                <span className="tag">Business as usual{area.businessAsUsualOn ? ` since ${formatShortDate(area.businessAsUsualOn)}` : ''}</span>
              )}
            </td>
            <td className="nowrap">{d.evaluation.areas[i]!.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
