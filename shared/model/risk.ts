export interface Risk {
  readonly id: number;
  readonly boardId: number;
  readonly number: number;
  readonly reference: string;
  readonly title: string;
  readonly description: string;
  readonly ownerPersonId: number | null;
  readonly likelihood: number;
  readonly impact: number;
  readonly targetLikelihood: number;
  readonly targetImpact: number;
  readonly mitigations: string;
  readonly status: 'open' | 'closed';
  readonly areaId: number | null;
}

/** Likelihood × impact, 1–25. */
export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

export interface RiskReview {
  readonly id: number;
  readonly riskId: number;
  readonly meetingId: number | null;
  readonly reviewedOn: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly note: string;
  readonly reviewedBy: string;
}
