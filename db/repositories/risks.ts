import type { Risk, RiskReview } from '../../shared/model/risk';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

export const riskReference = (n: number): string => `R${String(n).padStart(2, '0')}`;

export type NewRisk = Omit<Risk, 'id' | 'number' | 'reference' | 'status'>;

const COLUMNS = `id, board_id AS boardId, number, reference, title, description, owner_person_id AS ownerPersonId, likelihood, impact,
  target_likelihood AS targetLikelihood, target_impact AS targetImpact, mitigations, status, area_id AS areaId`;

/** The risk register and each risk's reviews, meeting by meeting. */
export function risksRepository(db: Db, audit: AuditTrail) {
  const next = db.prepare<[number], { n: number }>('SELECT coalesce(max(number), 0) + 1 AS n FROM risks WHERE board_id = ?');
  const insert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO risks (board_id, number, reference, title, description, owner_person_id, likelihood, impact,
                        target_likelihood, target_impact, mitigations, area_id)
     VALUES (@boardId, @number, @reference, @title, @description, @ownerPersonId, @likelihood, @impact,
             @targetLikelihood, @targetImpact, @mitigations, @areaId) RETURNING id`,
  );
  const byId = db.prepare<[number], Risk>(`SELECT ${COLUMNS} FROM risks WHERE id = ?`);
  const forBoard = db.prepare<[number], Risk>(`SELECT ${COLUMNS} FROM risks WHERE board_id = ? ORDER BY number`);
  const insertReview = db.prepare<[number, number | null, string, number, number, string, string], { id: number }>(
    'INSERT INTO risk_reviews (risk_id, meeting_id, reviewed_on, likelihood, impact, note, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const setScore = db.prepare<[number, number, number]>('UPDATE risks SET likelihood = ?, impact = ? WHERE id = ?');
  const reviews = db.prepare<[number], RiskReview>(
    `SELECT id, risk_id AS riskId, meeting_id AS meetingId, reviewed_on AS reviewedOn, likelihood, impact, note, reviewed_by AS reviewedBy
       FROM risk_reviews WHERE risk_id = ? ORDER BY reviewed_on, id`,
  );

  return {
    add: db.transaction((risk: NewRisk): Risk => {
      const number = next.get(risk.boardId)!.n;
      const id = insert.get({ ...risk, number, reference: riskReference(number) })!.id;
      return byId.get(id)!;
    }),
    /** A review at a meeting: the new scores become the risk's current scores. */
    review: db.transaction(
      (r: { riskId: number; meetingId: number | null; reviewedOn: string; likelihood: number; impact: number; note: string }, actor: string): number => {
        const risk = byId.get(r.riskId);
        if (!risk) throw new Error(`No risk ${r.riskId}`);
        const id = insertReview.get(r.riskId, r.meetingId, r.reviewedOn, r.likelihood, r.impact, r.note, actor)!.id;
        setScore.run(r.likelihood, r.impact, r.riskId);
        audit.record({
          actor, boardId: risk.boardId, entity: 'risk', entityId: risk.id, event: 'risk_reviewed',
          summary: `${risk.reference} reviewed: ${risk.likelihood}×${risk.impact} → ${r.likelihood}×${r.impact}`,
          details: { ...r },
        });
        return id;
      },
    ),
    risk: (id: number): Risk | undefined => byId.get(id),
    forBoard: (boardId: number): Risk[] => forBoard.all(boardId),
    reviews: (riskId: number): RiskReview[] => reviews.all(riskId),
  };
}
