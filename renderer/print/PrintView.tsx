import { useEffect, useLayoutEffect, useState } from 'react';
import type { PrintJob } from '../../shared/api/exportCalls';
import { formatLongDate, formatTimeRange } from '../../shared/dates';
import { PACK_MARKINGS, PAGE_NUMBERS_ATTRIBUTE, PAGE_NUMBERS_EVENT, PRINT_STATE_ATTRIBUTE, type PackPageNumbers } from '../../shared/model/pack';
import { api } from '../api/client';
import { MinutesBody } from './MinutesBody';
import { PackDocument } from './PackDocument';
import './print.css';

// What Chromium prints. The printer loads this route, waits for data-print-state to be
// "ready" (data loaded, charts drawn, fonts in), prints; for a pack it then sends the
// contents page numbers and waits for data-page-numbers to echo their generation.

interface NumbersMessage {
  readonly generation: number;
  readonly numbers: PackPageNumbers;
}

export function PrintView({ jobId }: { readonly jobId: string }) {
  const [job, setJob] = useState<PrintJob | null>(null);
  const [numbers, setNumbers] = useState<NumbersMessage | null>(null);
  const root = document.documentElement;

  useEffect(() => {
    root.setAttribute(PRINT_STATE_ATTRIBUTE, 'loading');
    void api.getPrintJob({ jobId }).then((result) => {
      if (result.ok) return setJob(result.value);
      root.setAttribute('data-print-error', result.error.message);
      root.setAttribute(PRINT_STATE_ATTRIBUTE, 'failed');
    });
    const onNumbers = (event: Event) => setNumbers((event as CustomEvent<NumbersMessage>).detail);
    window.addEventListener(PAGE_NUMBERS_EVENT, onNumbers);
    return () => window.removeEventListener(PAGE_NUMBERS_EVENT, onNumbers);
  }, [jobId]);

  // Children's effects (the charts) have run by the time this one does.
  useEffect(() => {
    if (!job) return;
    document.title = job.kind === 'pack' ? `${job.content.boardName}: ${job.content.meeting.title}, ${formatLongDate(job.content.meeting.date)}` : `Minutes: ${job.meeting.plan.meeting.title}, ${formatLongDate(job.meeting.plan.meeting.date)}`;
    void document.fonts.ready.then(() => root.setAttribute(PRINT_STATE_ATTRIBUTE, 'ready'));
  }, [job]);

  useLayoutEffect(() => {
    if (numbers) root.setAttribute(PAGE_NUMBERS_ATTRIBUTE, String(numbers.generation));
  }, [numbers]);

  if (!job) return <p>Preparing the document…</p>;
  if (job.kind === 'pack') return <PackDocument content={job.content} numbers={numbers?.numbers ?? null} />;
  const m = job.meeting.plan.meeting;
  return (
    <div className={`print-doc minutes-doc pack-${job.variant}`}>
      <p className={`marking marking-${job.variant}`}>{PACK_MARKINGS[job.variant]}</p>
      <p className="cover-board">{job.boardName}</p>
      <h1>Minutes of the {m.title}</h1>
      <p className="lede">
        {formatLongDate(m.date)}, {formatTimeRange(m.startTime, m.endTime)}
        {m.place ? `, ${m.place}` : ''}
      </p>
      <MinutesBody meeting={job.meeting} variant={job.variant} />
    </div>
  );
}
