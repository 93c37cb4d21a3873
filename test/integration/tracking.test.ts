import type { ActionLog, RiskRegister } from '../../shared/api/trackingCalls';
import type { BoardSetup } from '../../shared/model/preparation';
import { apiSession } from '../support/api';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

const demo = () => apiSession(newPath(), { demo: true });

describe('tracking improvement', () => {
  test("an action's impact is recorded with evidence links, which must be https", async () => {
    const { session, call, refused } = await demo();
    await call('setActionImpact', { actionId: 1, impactNote: 'Families told us letters now arrive on time.', evidenceLinks: ['https://www.wirral.gov.uk/send/survey-2024'] });
    const log = await call<ActionLog>('getActionLog', { boardId: 1 });
    expect(log.rows.find((r) => r.reference === 'A001')).toMatchObject({ impactNote: 'Families told us letters now arrive on time.', evidenceLinks: ['https://www.wirral.gov.uk/send/survey-2024'] });
    expect(await refused('setActionImpact', { actionId: 1, impactNote: '', evidenceLinks: ['javascript:alert(1)'] })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/https:\/\//) });
    session.close();
  });

  test('an area moves to business as usual with the date and the meeting that agreed it, audited', async () => {
    const { session, call } = await demo();
    const setup = await call<BoardSetup>('moveAreaToBusinessAsUsual', { areaId: 1, on: '2024-10-29', meetingId: 7 });
    expect(setup.areas[0]).toMatchObject({ status: 'business_as_usual', businessAsUsualOn: '2024-10-29', businessAsUsualMeetingId: 7 });
    expect(session.db()!.prepare("SELECT summary FROM audit_log WHERE event = 'area_business_as_usual'").pluck().get()).toBe('Area 1 moved to business as usual on 2024-10-29');
    session.close();
  });

  test('a new risk joins the register and is flagged until it is reviewed at a meeting', async () => {
    const { session, call } = await demo();
    const register = await call<RiskRegister>('addRisk', {
      boardId: 1, title: 'Transport contract ends', description: '', ownerPersonId: 4, likelihood: 3, impact: 4, targetLikelihood: 1, targetImpact: 4, mitigations: 'Re-tender early', areaId: null,
    });
    const risk = register.risks.find((r) => r.title === 'Transport contract ends')!;
    expect(risk).toMatchObject({ reference: 'R07', score: 12, targetScore: 4, trend: 'new', notReviewedSinceLastMeeting: true });
    const after = await call<RiskRegister>('reviewRisk', { riskId: risk.id, meetingId: 7, reviewedOn: '2024-10-29', likelihood: 3, impact: 4, note: 'Added' });
    expect(after.risks.find((r) => r.id === risk.id)!.notReviewedSinceLastMeeting).toBe(false);
    session.close();
  });
});
