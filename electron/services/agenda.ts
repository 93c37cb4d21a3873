import type { Handlers } from '../../shared/api/contract';
import type { NewAgendaItem } from '../../shared/model/agenda';
import { CLOSING_ITEMS, CLOSING_KINDS, OPENING_ITEMS, type StandingItem } from '../../shared/model/agendaTemplate';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { meetingPlan } from './meetingPlan';

type AgendaHandlers = Pick<
  Handlers,
  'startAgenda' | 'addAgendaItem' | 'updateAgendaItem' | 'moveAgendaItem' | 'removeAgendaItem' | 'restoreAgendaItem'
>;

const fromStanding = (item: StandingItem): NewAgendaItem => ({
  title: item.title, presenterPersonId: null, purpose: item.purpose, minutesAllowed: item.minutesAllowed,
  confidential: false, confidentialReason: '', areaId: null, standingKind: item.kind, paperExpected: false,
});

/** Building a meeting's agenda: from the template or the last meeting, then item by item. */
export function agendaServices(ctx: ServiceContext): AgendaHandlers {
  const { repos, db } = ctx;

  const itemOf = (itemId: number) => ctx.found(repos.agenda.item(itemId), 'agenda item');
  const openMeetingOf = (meetingId: number) => {
    const meeting = ctx.meeting(meetingId);
    if (meeting.status === 'held' || meeting.status === 'minutes_approved') {
      throw new ServiceError('conflict', 'This meeting has been held; its agenda can no longer change.');
    }
    return meeting;
  };
  const checkReferences = (boardId: number, item: { presenterPersonId: number | null; areaId: number | null }) => {
    if (item.presenterPersonId !== null) ctx.found(repos.people.person(item.presenterPersonId), 'presenter');
    if (item.areaId !== null && repos.boards.area(item.areaId)?.boardId !== boardId) {
      throw new ServiceError('invalid_input', 'That area of concern belongs to another board.');
    }
  };

  return {
    startAgenda: ({ meetingId, from }) => {
      const meeting = openMeetingOf(meetingId);
      if (repos.agenda.items(meetingId).length > 0) throw new ServiceError('conflict', 'This meeting already has an agenda.');
      let items: NewAgendaItem[];
      if (from === 'template') {
        items = [...OPENING_ITEMS, ...CLOSING_ITEMS].map(fromStanding);
      } else {
        const previous = meetingPlan(ctx, meetingId).previousMeetingId;
        if (previous === null) throw new ServiceError('not_found', 'There is no earlier meeting of this board to copy.');
        // Titles, presenters and timings carry over; papers and minutes belong to the old meeting.
        items = repos.agenda.items(previous).map(({ id: _id, meetingId: _m, position: _p, number: _n, ...item }) => item);
        if (items.length === 0) throw new ServiceError('not_found', 'The last meeting has no agenda to copy.');
      }
      repos.agenda.append(meeting.id, items);
      return meetingPlan(ctx, meetingId);
    },
    addAgendaItem: ({ meetingId, ...item }) => {
      const meeting = openMeetingOf(meetingId);
      checkReferences(meeting.boardId, item);
      db.transaction(() => {
        const [id] = repos.agenda.append(meetingId, [{ ...item, standingKind: '' }]);
        // A new item goes before the closing standing items (risk register … date of next meeting).
        const closing = repos.agenda.items(meetingId).find((existing) => CLOSING_KINDS.has(existing.standingKind));
        if (closing) repos.agenda.move(id!, closing.position);
      })();
      return meetingPlan(ctx, meetingId);
    },
    updateAgendaItem: ({ itemId, ...changes }) => {
      const item = itemOf(itemId);
      const meeting = openMeetingOf(item.meetingId);
      checkReferences(meeting.boardId, changes);
      repos.agenda.update(itemId, changes);
      return meetingPlan(ctx, item.meetingId);
    },
    moveAgendaItem: ({ itemId, toPosition }) => {
      const item = itemOf(itemId);
      openMeetingOf(item.meetingId);
      repos.agenda.move(itemId, toPosition);
      return meetingPlan(ctx, item.meetingId);
    },
    removeAgendaItem: ({ itemId }) => {
      const item = itemOf(itemId);
      openMeetingOf(item.meetingId);
      repos.agenda.remove(itemId, ctx.now().toISOString());
      return meetingPlan(ctx, item.meetingId);
    },
    restoreAgendaItem: ({ itemId }) => {
      const item = repos.agenda.restore(itemId);
      return meetingPlan(ctx, item.meetingId);
    },
  };
}
