import { quorum, type PresentPerson } from '../../shared/rules/quorum';

const rule = {
  minimumMembers: 4,
  requirements: [
    { description: 'the chair or vice-chair', atLeast: 1, anyOfRoles: ['chair' as const, 'vice_chair' as const] },
    { description: 'a health representative', atLeast: 1, sector: 'health' as const },
  ],
};
const person = (name: string, role: PresentPerson['role'], sector: PresentPerson['sector'] = 'local_authority', inRoom = true): PresentPerson => ({ personId: name.length, name, role, sector, inRoom });

describe('the live quorum indicator', () => {
  const room = [person('Chair', 'chair'), person('Health', 'member', 'health'), person('Council', 'member'), person('Schools', 'member', 'education')];

  test('four members with the chair and a health representative are quorate', () => {
    expect(quorum(rule, room)).toEqual({ quorate: true, counted: 4, required: 4, reasons: [], summary: 'Quorate: 4 members present (4 needed).' });
  });

  test('advisers, officers and observers attend but do not count', () => {
    const result = quorum(rule, [...room.slice(0, 3), person('DfE', 'adviser', 'government'), person('Secretary', 'officer'), person('Case lead', 'observer')]);
    expect(result).toMatchObject({ quorate: false, counted: 3, reasons: ['3 of the 4 members needed are present'] });
  });

  test('a member who left early no longer counts, and each missing part is named', () => {
    const result = quorum(rule, [person('Chair', 'chair', 'local_authority', false), person('Health', 'member', 'health', false), room[2]!, room[3]!]);
    expect(result.summary).toBe('Not quorate: 2 of the 4 members needed are present; the chair or vice-chair is not present; a health representative is not present.');
  });

  test('a deputy counts as the member they stand in for', () => {
    const deputy: PresentPerson = { ...person('Deputy', 'officer', 'local_authority'), deputyFor: { role: 'member', sector: 'health', name: 'Health' } };
    expect(quorum(rule, [room[0]!, room[2]!, room[3]!, deputy]).quorate).toBe(true);
  });

  test('with no rule set, the indicator says so rather than guessing', () => {
    expect(quorum(null, room)).toMatchObject({ quorate: true, summary: '4 members present. No quorum rule is set for this board.' });
  });
});
