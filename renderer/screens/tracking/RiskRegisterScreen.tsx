import { useState } from 'react';
import { HeatMap, riskBand as band } from '../../components/HeatMap';
import { formatShortDate, londonToday } from '../../../shared/dates';
import type { RegisterRisk, RiskRegister } from '../../../shared/api/trackingCalls';
import { api } from '../../api/client';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { hrefFor, useChange, useLoad } from '../../hooks';

const TREND = { down: '↓ falling', up: '↑ rising', same: '→ unchanged', new: 'first review' } as const;

/** The risk register: a 5×5 heat-map, each risk's current and target score, reviews and trend. */
export function RiskRegisterScreen({ boardId }: { readonly boardId: number }) {
  const [loaded, , setRegister] = useLoad(() => api.getRiskRegister({ boardId }), `risks-${boardId}`);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the risk register…</p>;
  if (loaded.state === 'failed') return <ErrorNotice error={loaded.error} />;
  const register = loaded.value;
  const open = register.risks.filter((r) => r.status === 'open');
  const stale = open.filter((r) => r.notReviewedSinceLastMeeting);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId })}>{register.boardName}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Risk register</span>
      </nav>
      <h1 tabIndex={-1}>Risk register</h1>
      {stale.length > 0 && register.lastMeeting && (
        <div className="notice notice-error" role="alert">
          {stale.length} open risk{stale.length === 1 ? ' has' : 's have'} not been reviewed since the last meeting ({formatShortDate(register.lastMeeting.date)}): {stale.map((r) => r.reference).join(', ')}.
        </div>
      )}
      {status && <StatusNotice message={status} />}
      <HeatMap risks={open} />
      <AddRisk register={register} boardId={boardId} onAdded={(next) => (setRegister(next), setStatus('Risk added.'))} />
      <table className="meetings risks">
        <caption className="visually-hidden">Risks, with current and target scores</caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Risk</th>
            <th scope="col">Owner</th>
            <th scope="col">Now (L×I)</th>
            <th scope="col">Target</th>
            <th scope="col">Trend</th>
            <th scope="col">Last reviewed</th>
          </tr>
        </thead>
        <tbody>
          {register.risks.map((risk) => (
            <RiskRow
              key={risk.id}
              risk={risk}
              register={register}
              reviewing={reviewing === risk.id}
              onReview={() => setReviewing(reviewing === risk.id ? null : risk.id)}
              onSaved={(next) => {
                setRegister(next);
                setReviewing(null);
                setStatus(`Review of ${risk.reference} saved.`);
              }}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

function RiskRow({ risk, register, reviewing, onReview, onSaved }: { readonly risk: RegisterRisk; readonly register: RiskRegister; readonly reviewing: boolean; readonly onReview: () => void; readonly onSaved: (next: RiskRegister) => void }) {
  const change = useChange();
  const [likelihood, setLikelihood] = useState(String(risk.likelihood));
  const [impact, setImpact] = useState(String(risk.impact));
  const [meeting, setMeeting] = useState(register.lastMeeting ? String(register.lastMeeting.id) : '');
  const [note, setNote] = useState('');
  const last = risk.reviews.at(-1);
  const save = async () => {
    const chosen = register.meetings.find((m) => String(m.id) === meeting);
    const next = await change.run(() =>
      api.reviewRisk({ riskId: risk.id, meetingId: chosen ? chosen.id : null, reviewedOn: chosen?.date ?? londonToday(), likelihood: Number(likelihood), impact: Number(impact), note }),
    );
    if (next) onSaved(next);
  };
  return (
    <>
      <tr className={risk.notReviewedSinceLastMeeting ? 'not-compliant' : undefined}>
        <td>{risk.reference}</td>
        <td>
          {risk.title}
          {risk.mitigations && <div className="meta">Mitigations: {risk.mitigations}</div>}
          <button type="button" className="link" aria-expanded={reviewing} onClick={onReview} aria-label={`Review ${risk.reference}`}>
            Review
          </button>
        </td>
        <td>{risk.ownerName ?? '—'}</td>
        <td className="nowrap">
          <span className={`score heat-${band(risk.score)}`}>{risk.score}</span> ({risk.likelihood}×{risk.impact})
        </td>
        <td className="nowrap">{risk.targetScore}</td>
        <td className="nowrap">{TREND[risk.trend]}</td>
        <td className="nowrap">
          {last ? formatShortDate(last.reviewedOn) : 'never'}
          {risk.notReviewedSinceLastMeeting && <div className="warning-text">due for review</div>}
        </td>
      </tr>
      {reviewing && (
        <tr className="history">
          <td colSpan={7}>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void save();
              }}
            >
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`rl-${risk.id}`}>Likelihood (1–5)</label>
                  <select id={`rl-${risk.id}`} value={likelihood} onChange={(e) => setLikelihood(e.target.value)}>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n}>{n}</option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`ri-${risk.id}`}>Impact (1–5)</label>
                  <select id={`ri-${risk.id}`} value={impact} onChange={(e) => setImpact(e.target.value)}>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n}>{n}</option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`rm-${risk.id}`}>At the meeting of</label>
                  <select id={`rm-${risk.id}`} value={meeting} onChange={(e) => setMeeting(e.target.value)}>
                    <option value="">Not at a meeting (today)</option>
                    {register.meetings.map((m) => (
                      <option key={m.id} value={m.id}>
                        {formatShortDate(m.date)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="field">
                <label htmlFor={`rn-${risk.id}`}>Review note</label>
                <input id={`rn-${risk.id}`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
              </div>
              {change.error && <ErrorNotice error={change.error} />}
              <button type="submit" disabled={change.busy}>
                Save review
              </button>
            </form>
            {risk.reviews.length > 0 && (
              <table className="compact">
                <caption>Reviews of {risk.reference}</caption>
                <thead>
                  <tr>
                    <th scope="col">Reviewed</th>
                    <th scope="col">Score</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {risk.reviews.map((r) => (
                    <tr key={r.id}>
                      <td>{formatShortDate(r.reviewedOn)}</td>
                      <td>
                        {r.score} ({r.likelihood}×{r.impact})
                      </td>
                      <td>{r.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function AddRisk({ register, boardId, onAdded }: { readonly register: RiskRegister; readonly boardId: number; readonly onAdded: (next: RiskRegister) => void }) {
  const change = useChange();
  const [form, setForm] = useState({ title: '', description: '', owner: '', likelihood: '3', impact: '3', targetLikelihood: '2', targetImpact: '2', mitigations: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const scores = [1, 2, 3, 4, 5];
  const select = (id: string, label: string, key: 'likelihood' | 'impact' | 'targetLikelihood' | 'targetImpact') => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={form[key]} onChange={(e) => set({ [key]: e.target.value })}>
        {scores.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </div>
  );
  return (
    <details className="panel">
      <summary>Add a risk</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void change
            .run(() =>
              api.addRisk({
                boardId, title: form.title, description: form.description, ownerPersonId: form.owner ? Number(form.owner) : null, mitigations: form.mitigations, areaId: null,
                likelihood: Number(form.likelihood), impact: Number(form.impact), targetLikelihood: Number(form.targetLikelihood), targetImpact: Number(form.targetImpact),
              }),
            )
            .then((next) => next && onAdded(next));
        }}
      >
        <div className="field">
          <label htmlFor="risk-title">Risk</label>
          <input id="risk-title" type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="risk-owner">Owner</label>
          <select id="risk-owner" value={form.owner} onChange={(e) => set({ owner: e.target.value })}>
            <option value="">Nobody yet</option>
            {register.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          {select('risk-l', 'Likelihood now', 'likelihood')}
          {select('risk-i', 'Impact now', 'impact')}
          {select('risk-tl', 'Target likelihood', 'targetLikelihood')}
          {select('risk-ti', 'Target impact', 'targetImpact')}
        </div>
        <div className="field">
          <label htmlFor="risk-mitigations">Mitigations</label>
          <input id="risk-mitigations" type="text" value={form.mitigations} onChange={(e) => set({ mitigations: e.target.value })} />
        </div>
        {change.error && <ErrorNotice error={change.error} />}
        <button type="submit" disabled={change.busy}>
          Add risk
        </button>
      </form>
    </details>
  );
}
