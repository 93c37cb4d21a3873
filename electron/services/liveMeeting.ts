import type { Handlers } from '../../shared/api/contract';
import type { LiveMeeting } from '../../shared/model/liveMeeting';
import { quorum } from '../../shared/rules/quorum';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { minutesDocx } from './exports/minutesDocx';
import { meetingPlan } from './meetingPlan';
import { messageOf } from '../../shared/errors';

type LiveHandlers = Pick<
  Handlers,
  | 'getLiveMeeting' | 'setAttendance' | 'saveMinutes' | 'recordDecision' | 'withdrawDecision' | 'createAction' | 'withdrawAction'
  | 'recordActionProgress' | 'withdrawActionUpdate' | 'endMeeting' | 'circulateMinutes' | 'approveMinutes' | 'recordMinutesCorrection'
  | 'exportMinutes'
>;

/** The meeting as the secretary sees it in the room (and as its minutes are exported). */
export function liveMeetingFor(ctx: ServiceContext, meetingId: number): LiveMeeting {
  const { repos } = ctx;
  const plan = meetingPlan(ctx, meetingId);
  const meeting = plan.meeting;
  const members = repos.people.members(meeting.boardId);
  const marks = new Map(repos.attendance.forMeeting(meetingId).map((a) => [a.personId, a]));
  const attendance = members.map((m) => {
    const mark = marks.get(m.person.id);
    return {
      person: m.person, role: m.role, sector: m.sector, status: mark?.status ?? null,
      deputyForPersonId: mark?.deputyForPersonId ?? null, arrivedLate: mark?.arrivedLate ?? false, leftEarly: mark?.leftEarly ?? false,
    };
  });
  const byPerson = new Map(attendance.map((a) => [a.person.id, a]));
  const terms = repos.boards.termsOfReference(meeting.boardId);
  const quorumResult = quorum(
    terms?.quorumRule ?? null,
    attendance.map((a) => {
      const standsInFor = a.deputyForPersonId === null ? undefined : byPerson.get(a.deputyForPersonId);
      return {
        personId: a.person.id, name: a.person.name, role: a.role, sector: a.sector,
        inRoom: a.status === 'present' && !a.leftEarly,
        deputyFor: standsInFor ? { role: standsInFor.role, sector: standsInFor.sector, name: standsInFor.person.name } : null,
      };
    }),
  );
  const minutes = repos.minutes.forMeeting(meetingId) ?? null;
  const previous = plan.previousMeetingId === null ? null : repos.meetings.find(plan.previousMeetingId);
  const actionTitles = new Map<number, { reference: string; title: string }>();
  const actionUpdates = repos.actions.updatesAtMeeting(meetingId).map((u) => {
    if (!actionTitles.has(u.actionId)) {
      const a = repos.actions.action(u.actionId);
      actionTitles.set(u.actionId, { reference: a?.reference ?? '?', title: a?.title ?? '' });
    }
    return { ...u, ...actionTitles.get(u.actionId)! };
  });
  return {
    plan,
    attendance,
    quorum: quorumResult,
    minutes,
    decisions: repos.decisions.forMeeting(meetingId),
    newActions: repos.actions.createdInMeeting(meetingId),
    actionUpdates,
    previousMinutes: previous ? { meetingId: previous.id, date: previous.date, status: repos.minutes.forMeeting(previous.id)?.status ?? null } : null,
    minutesEditable: minutes?.status !== 'approved',
  };
}

/** Running the meeting: attendance and quorum, minutes, decisions and actions; then the minutes' approval. */
export function liveMeetingServices(ctx: ServiceContext): LiveHandlers {
  const { repos, db } = ctx;

  const live = (meetingId: number) => liveMeetingFor(ctx, meetingId);

  /** The record of a meeting can change until its minutes are approved. */
  const openRecord = (meetingId: number) => {
    const meeting = ctx.meeting(meetingId);
    if (repos.minutes.forMeeting(meetingId)?.status === 'approved') {
      throw new ServiceError('conflict', 'The minutes of this meeting are approved and locked; record a correction instead.');
    }
    return meeting;
  };
  const isMember = (boardId: number, personId: number) => repos.people.members(boardId).some((m) => m.person.id === personId);

  return {
    getLiveMeeting: ({ meetingId }) => live(meetingId),
    exportMinutes: async ({ meetingId, public: publicVersion }) => {
      const current = live(meetingId);
      const name = `${current.plan.meeting.title} ${current.plan.meeting.date} minutes${publicVersion ? ' (public)' : ''}`.replace(/[\\/:*?"<>|]+/g, ' ');
      return {
        fileName: `${name}.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: await minutesDocx(current, { public: publicVersion }),
      };
    },
    setAttendance: ({ meetingId, personId, status, deputyForPersonId, arrivedLate, leftEarly }) => {
      const meeting = openRecord(meetingId);
      if (!isMember(meeting.boardId, personId)) throw new ServiceError('invalid_input', 'That person is not a member of this board.');
      if (deputyForPersonId !== null && (deputyForPersonId === personId || !isMember(meeting.boardId, deputyForPersonId))) {
        throw new ServiceError('invalid_input', 'A deputy stands in for another member of the board.');
      }
      if (status === null) repos.attendance.clear(meetingId, personId);
      else repos.attendance.set({ meetingId, personId, status, deputyForPersonId, arrivedLate, leftEarly });
      return live(meetingId);
    },
    // The hot path: one small transaction per save, nothing else.
    saveMinutes: ({ agendaItemId, text }) => {
      try {
        repos.minutes.writeEntry(agendaItemId, text);
      } catch (error) {
        if (/approved and locked/.test(messageOf(error))) throw new ServiceError('conflict', messageOf(error));
        if (/^No agenda item/.test(messageOf(error))) throw new ServiceError('not_found', 'That agenda item no longer exists.');
        throw error;
      }
      return { agendaItemId, savedAt: ctx.now().toISOString(), length: text.length };
    },
    recordDecision: ({ meetingId, agendaItemId, text }) => {
      openRecord(meetingId);
      repos.decisions.record({ meetingId, agendaItemId, text }, ctx.actor());
      return live(meetingId);
    },
    withdrawDecision: ({ decisionId }) => {
      const decision = ctx.found(repos.decisions.decision(decisionId), 'decision');
      openRecord(decision.meetingId);
      repos.decisions.withdraw(decisionId, ctx.actor());
      return live(decision.meetingId);
    },
    createAction: ({ meetingId, agendaItemId, title, ownerPersonId, newOwner, dueDate, areaId }) => {
      const meeting = openRecord(meetingId);
      if (ownerPersonId !== null) ctx.found(repos.people.person(ownerPersonId), 'owner');
      db.transaction(() => {
        const owner = ownerPersonId ?? repos.people.addPerson({ name: newOwner!.name, organisation: newOwner!.organisation });
        repos.actions.create({ boardId: meeting.boardId, title, ownerPersonId: owner, dueDate, areaId, sourceMeetingId: meetingId, sourceAgendaItemId: agendaItemId }, ctx.actor());
      })();
      return live(meetingId);
    },
    withdrawAction: ({ actionId }) => {
      const action = ctx.found(repos.actions.action(actionId), 'action');
      if (action.sourceMeetingId === null) throw new ServiceError('conflict', 'Only an action agreed at a meeting can be withdrawn there.');
      openRecord(action.sourceMeetingId);
      if (repos.actions.updates(actionId).length > 0) throw new ServiceError('conflict', `${action.reference} already has progress recorded; change its status instead.`);
      repos.actions.withdraw(actionId, ctx.actor());
      return live(action.sourceMeetingId);
    },
    recordActionProgress: ({ meetingId, actionId, status, note, newDueDate, dueDateReason }) => {
      const meeting = openRecord(meetingId);
      const action = ctx.found(repos.actions.action(actionId), 'action');
      if (action.boardId !== meeting.boardId) throw new ServiceError('invalid_input', 'That action belongs to another board.');
      db.transaction(() => {
        repos.actions.addUpdate({ actionId, updateDate: meeting.date, note, status, meetingId }, ctx.actor());
        if (newDueDate !== null) repos.actions.changeDueDate({ actionId, toDate: newDueDate, reason: dueDateReason, meetingId }, ctx.actor());
      })();
      return live(meetingId);
    },
    withdrawActionUpdate: ({ updateId }) => {
      const row = repos.actions.update(updateId);
      if (!row || row.meetingId === null) throw new ServiceError('not_found', 'That update no longer exists.');
      openRecord(row.meetingId);
      // The status before this update: the previous update's, or open.
      const earlier = repos.actions.updates(row.actionId).filter((u) => u.id < updateId).at(-1);
      const previousStatus = earlier?.status ?? 'open';
      const done = ['complete', 'closed', 'superseded'].includes(previousStatus);
      repos.actions.withdrawUpdate(updateId, previousStatus, done ? (earlier?.updateDate ?? null) : null, ctx.actor());
      return live(row.meetingId);
    },
    endMeeting: ({ meetingId }) => {
      const meeting = openRecord(meetingId);
      db.transaction(() => {
        if (meeting.status === 'planned' || meeting.status === 'pack_circulated') repos.meetings.setStatus(meetingId, 'held');
        repos.minutes.ensure(meetingId);
      })();
      return live(meetingId);
    },
    circulateMinutes: ({ meetingId }) => {
      const meeting = ctx.meeting(meetingId);
      if (meeting.status !== 'held') throw new ServiceError('conflict', 'Minutes are circulated after the meeting has been held.');
      try {
        repos.minutes.circulate(meetingId, ctx.actor());
      } catch (error) {
        throw new ServiceError('conflict', messageOf(error));
      }
      return live(meetingId);
    },
    approveMinutes: ({ meetingId, atMeetingId }) => {
      const meeting = ctx.meeting(meetingId);
      const at = ctx.meeting(atMeetingId);
      if (at.boardId !== meeting.boardId || at.date <= meeting.date) {
        throw new ServiceError('invalid_input', 'Minutes are approved at a later meeting of the same board.');
      }
      if (meeting.status !== 'held') throw new ServiceError('conflict', 'Only the minutes of a meeting that has been held can be approved.');
      db.transaction(() => {
        repos.minutes.approve(meetingId, atMeetingId, ctx.actor());
        repos.meetings.setStatus(meetingId, 'minutes_approved');
      })();
      return live(atMeetingId);
    },
    recordMinutesCorrection: ({ meetingId, agendaItemId, correction, reason, atMeetingId }) => {
      if (repos.minutes.forMeeting(meetingId)?.status !== 'approved') {
        throw new ServiceError('conflict', 'These minutes are not approved yet: edit them directly.');
      }
      repos.minutes.recordCorrection(meetingId, { agendaItemId, correction, reason, agreedAtMeetingId: atMeetingId }, ctx.actor());
      return live(atMeetingId ?? meetingId);
    },
  };
}
