import { ragStatus, type RagInput } from '../../shared/rules/rag';

const context = { today: '2024-11-24', meetingsHeld: ['2024-09-24', '2024-10-29'] };
const action = (patch: Partial<RagInput> = {}): RagInput => ({ status: 'open', dueDate: '2025-01-31', createdOn: '2024-10-29', dueDateChanges: 0, lastUpdateOn: null, ...patch });

describe('RAG status of an action, by written rules', () => {
  test('complete, closed and superseded actions are blue', () => {
    expect(ragStatus(action({ status: 'complete' }), context)).toEqual({ rag: 'blue', reasons: ['complete'] });
    expect(ragStatus(action({ status: 'superseded' }), context).rag).toBe('blue');
  });

  test('an overdue action is red, and says by how long', () => {
    expect(ragStatus(action({ dueDate: '2024-11-20' }), context)).toEqual({ rag: 'red', reasons: ['overdue by 4 days'] });
  });

  test('a due date moved twice makes an action red', () => {
    expect(ragStatus(action({ dueDateChanges: 2 }), context)).toEqual({ rag: 'red', reasons: ['due date moved 2 times'] });
  });

  test('no progress at the last two meetings makes an action red', () => {
    expect(ragStatus(action({ createdOn: '2024-08-27', lastUpdateOn: '2024-09-01' }), context)).toEqual({ rag: 'red', reasons: ['no progress recorded at the last two meetings'] });
    // Updated since the meeting before last: not for that reason.
    expect(ragStatus(action({ createdOn: '2024-08-27', lastUpdateOn: '2024-10-01' }), context).rag).toBe('green');
  });

  test('all the reasons are given when several apply', () => {
    expect(ragStatus(action({ createdOn: '2024-06-01', dueDate: '2024-11-01', dueDateChanges: 3 }), context).reasons).toEqual([
      'overdue by 23 days',
      'due date moved 3 times',
      'no progress recorded at the last two meetings',
    ]);
  });

  test('due within 14 days with no update since the last meeting is amber', () => {
    expect(ragStatus(action({ dueDate: '2024-12-05', createdOn: '2024-09-24', lastUpdateOn: '2024-10-01' }), context)).toEqual({
      rag: 'amber',
      reasons: ['due in 11 days with no update since the last meeting'],
    });
    expect(ragStatus(action({ dueDate: '2024-12-05', createdOn: '2024-09-24', lastUpdateOn: '2024-11-01' }), context).rag).toBe('green');
  });

  test('otherwise green: on track', () => {
    expect(ragStatus(action(), context)).toEqual({ rag: 'green', reasons: ['on track'] });
  });
});
