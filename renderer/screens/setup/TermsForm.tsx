import { useState } from 'react';
import type { QuorumRule } from '../../../shared/model/board';
import type { BoardSetup } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { useChange } from '../../hooks';

/**
 * Terms of reference: how often the board meets, its quorum (as written and as a rule
 * the app can check in the meeting), and how many working days before a meeting papers
 * and the pack are due.
 */
export function TermsForm({ setup, onSaved }: { readonly setup: BoardSetup; readonly onSaved: (next: BoardSetup) => void }) {
  const change = useChange();
  const rule = setup.terms.quorumRule;
  const [frequency, setFrequency] = useState(setup.terms.meetingFrequency);
  const [quorumText, setQuorumText] = useState(setup.terms.quorumRuleText);
  const [minimum, setMinimum] = useState(String(rule?.minimumMembers ?? ''));
  const [needsChair, setNeedsChair] = useState(rule?.requirements.some((r) => r.anyOfRoles?.includes('chair')) ?? false);
  const [needsHealth, setNeedsHealth] = useState(rule?.requirements.some((r) => r.sector === 'health') ?? false);
  const [papersDays, setPapersDays] = useState(String(setup.papersDueWorkingDays));
  const [packDays, setPackDays] = useState(String(setup.packDueWorkingDays));

  const save = async () => {
    const quorumRule: QuorumRule | null = minimum
      ? {
          minimumMembers: Number(minimum),
          requirements: [
            ...(needsChair ? [{ description: 'the chair or vice-chair', atLeast: 1, anyOfRoles: ['chair' as const, 'vice_chair' as const] }] : []),
            ...(needsHealth ? [{ description: 'a health representative', atLeast: 1, sector: 'health' as const }] : []),
          ],
        }
      : null;
    const next = await change.run(() =>
      api.saveTermsOfReference({ boardId: setup.board.id, meetingFrequency: frequency, quorumRuleText: quorumText, quorumRule, papersDueWorkingDays: Number(papersDays), packDueWorkingDays: Number(packDays) }),
    );
    if (next) onSaved(next);
  };

  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">Terms of reference</h2>
      <form
        className="panel"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor="terms-frequency">Meets</label>
            <input id="terms-frequency" type="text" value={frequency} onChange={(e) => setFrequency(e.target.value)} placeholder="e.g. Monthly" />
          </div>
          <div className="field">
            <label htmlFor="terms-papers">Papers due (working days before)</label>
            <input id="terms-papers" type="number" min={0} max={60} className="narrow" value={papersDays} onChange={(e) => setPapersDays(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="terms-pack">Pack sent (working days before)</label>
            <input id="terms-pack" type="number" min={0} max={60} className="narrow" value={packDays} onChange={(e) => setPackDays(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="terms-quorum-text">Quorum, as written</label>
          <input id="terms-quorum-text" type="text" value={quorumText} onChange={(e) => setQuorumText(e.target.value)} placeholder="e.g. Four members including the chair or vice-chair and one health representative" />
        </div>
        <fieldset className="field">
          <legend>Quorum, as Quorate checks it in the meeting</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="terms-minimum">Members present, at least</label>
              <input id="terms-minimum" type="number" min={1} max={100} className="narrow" value={minimum} onChange={(e) => setMinimum(e.target.value)} />
            </div>
          </div>
          <div className="checks">
            <label>
              <input type="checkbox" checked={needsChair} onChange={(e) => setNeedsChair(e.target.checked)} /> including the chair or vice-chair
            </label>
            <label>
              <input type="checkbox" checked={needsHealth} onChange={(e) => setNeedsHealth(e.target.checked)} /> including a health representative
            </label>
          </div>
        </fieldset>
        {change.error && <ErrorNotice error={change.error} />}
        <button type="submit" disabled={change.busy}>
          Save terms of reference
        </button>
      </form>
    </section>
  );
}
