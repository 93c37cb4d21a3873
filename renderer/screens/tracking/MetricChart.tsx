import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { Metric, MetricValue } from '../../../shared/model/metric';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
export const periodLabel = (period: string) => monthLabel.format(new Date(`${period}-01T12:00:00Z`));

/** One sentence for screen readers and for the page: the trajectory in words. */
export function chartSummary(metric: Metric, values: readonly MetricValue[], outcomeSentence: string): string {
  const actuals = values.filter((v) => v.kind === 'actual' && v.valueState === 'number');
  if (actuals.length === 0) return `${metric.name}: no actual values recorded.`;
  const first = actuals[0]!;
  const last = actuals.at(-1)!;
  return `${metric.name}: from ${first.valueText} in ${periodLabel(first.period)} to ${last.valueText} in ${periodLabel(last.period)} (overall target ${metric.targetText || 'none'}). ${outcomeSentence}`;
}

/** Actuals as a line and interim targets as points, drawn by chart.js without animation. */
export function MetricChart({ metric, values, periods, summary }: { readonly metric: Metric; readonly values: readonly MetricValue[]; readonly periods: readonly string[]; readonly summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const at = (kind: MetricValue['kind']) =>
      periods.map((p) => {
        const v = values.find((x) => x.period === p && x.kind === kind);
        return v && v.valueNumber !== null && (v.valueState === 'number' || v.valueState === 'target') ? v.valueNumber : null;
      });
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: periods.map(periodLabel),
        datasets: [
          { label: 'Actual', data: at('actual'), borderColor: '#1d4f73', backgroundColor: '#1d4f73', spanGaps: false, tension: 0 },
          { label: 'Interim target', data: at('interim_target'), borderColor: '#b25e00', backgroundColor: '#b25e00', showLine: false, pointStyle: 'rectRot', pointRadius: 6 },
        ],
      },
      options: {
        animation: false,
        responsive: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, ...(metric.unit === 'percentage' ? { suggestedMax: 100, ticks: { callback: (v) => `${v}%` } } : {}) } },
      },
    });
    return () => chart.destroy();
  }, [metric, values, periods]);
  return <canvas ref={canvas} width={420} height={220} role="img" aria-label={summary} className="metric-chart" />;
}
