import { useEffect, useState } from 'react';

/** Time spent on the current item against the time allowed. Alt+T pauses and resumes. */
export function ItemTimer({ itemId, allowedMinutes, running, onToggle }: { readonly itemId: number; readonly allowedMinutes: number; readonly running: boolean; readonly onToggle: () => void }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => setElapsed(0), [itemId]);
  useEffect(() => {
    if (!running) return;
    const started = Date.now() - elapsed * 1000;
    const tick = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(tick);
  }, [running, itemId]);
  const allowed = allowedMinutes * 60;
  const tone = allowed === 0 ? 'ok' : elapsed > allowed ? 'over' : elapsed > allowed * 0.8 ? 'near' : 'ok';
  const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (
    <div className={`timer timer-${tone}`}>
      <span aria-live="off">
        {mmss(elapsed)} of {allowedMinutes} min
      </span>
      {tone === 'over' && <span className="visually-hidden"> — over time</span>}
      <button type="button" className="secondary small" onClick={onToggle}>
        {running ? 'Pause timer' : 'Start timer'}
      </button>
    </div>
  );
}
