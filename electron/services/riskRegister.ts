import type { Handlers } from '../../shared/api/contract';
import type { RegisterRisk, RiskRegister } from '../../shared/api/trackingCalls';
import { riskScore } from '../../shared/model/risk';
import { risksRepository } from '../../db/repositories/risks';
import type { ServiceContext } from './context';
import { auditTrail } from '../../db/repositories/audit';

type RiskHandlers = Pick<Handlers, 'getRiskRegister' | 'addRisk' | 'reviewRisk'>;

/** The register of a board: scores, target scores, reviews meeting by meeting, and what is overdue for review. */
export function riskRegisterFor(ctx: ServiceContext, boardId: number): RiskRegister {
  const { repos } = ctx;
  const risks = risksRepository(ctx.db, auditTrail(ctx.db));
  const board = ctx.board(boardId);
  const today = ctx.today();
  const meetings = repos.meetings.forBoard(boardId);
  const dateOf = new Map(meetings.map((m) => [m.id, m.date]));
  const held = meetings.filter((m) => m.date <= today && m.status !== 'planned' && m.status !== 'pack_circulated');
  const lastMeeting = held.at(-1) ?? null;
  const people = repos.people.allPeople();
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const rows = risks.forBoard(boardId).map((risk): RegisterRisk => {
    const reviews = risks.reviews(risk.id).map((r) => ({ ...r, meetingDate: r.meetingId === null ? null : (dateOf.get(r.meetingId) ?? null), score: riskScore(r.likelihood, r.impact) }));
    const [before, latest] = [reviews.at(-2), reviews.at(-1)];
    const trend = !latest || !before ? 'new' : latest.score < before.score ? 'down' : latest.score > before.score ? 'up' : 'same';
    const lastReviewed = latest?.reviewedOn ?? null;
    return {
      ...risk,
      ownerName: risk.ownerPersonId === null ? null : (nameOf.get(risk.ownerPersonId) ?? null),
      score: riskScore(risk.likelihood, risk.impact),
      targetScore: riskScore(risk.targetLikelihood, risk.targetImpact),
      reviews,
      trend,
      notReviewedSinceLastMeeting: risk.status === 'open' && lastMeeting !== null && (lastReviewed === null || lastReviewed < lastMeeting.date),
    };
  });
  return {
    boardName: board.name,
    risks: rows,
    lastMeeting: lastMeeting && { id: lastMeeting.id, date: lastMeeting.date },
    meetings: meetings.map((m) => ({ id: m.id, date: m.date })),
    people: people.map((p) => ({ id: p.id, name: p.name })),
  };
}

/** The risk register: scores, target scores, reviews meeting by meeting, and what is overdue for review. */
export function riskRegisterServices(ctx: ServiceContext): RiskHandlers {
  const { repos, db } = ctx;
  const risks = risksRepository(db, auditTrail(db));

  const register = (boardId: number) => riskRegisterFor(ctx, boardId);

  return {
    getRiskRegister: ({ boardId }) => register(boardId),
    addRisk: (input) => {
      ctx.board(input.boardId);
      if (input.ownerPersonId !== null) ctx.found(repos.people.person(input.ownerPersonId), 'owner');
      risks.add(input);
      return register(input.boardId);
    },
    reviewRisk: ({ riskId, meetingId, reviewedOn, likelihood, impact, note }) => {
      const risk = ctx.found(risks.risk(riskId), 'risk');
      if (meetingId !== null && ctx.meeting(meetingId).boardId !== risk.boardId) ctx.found(undefined, 'meeting of this board');
      risks.review({ riskId, meetingId, reviewedOn, likelihood, impact, note }, ctx.actor());
      return register(risk.boardId);
    },
  };
}
