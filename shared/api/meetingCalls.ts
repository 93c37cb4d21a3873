import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { ACTION_STATUSES } from '../model/action';
import { ATTENDANCE_STATUSES } from '../model/meetingRecord';
import type { LiveMeeting, MinutesSaved } from '../model/liveMeeting';
import { LIMITS, optionalText, recordId, requiredText } from '../model/text';
import { call, type FileOut } from './call';

// The calls for running the meeting live and for its minutes afterwards.

export const MAX_MINUTES_CHARACTERS = 200_000;

const ByMeeting = z.strictObject({ meetingId: recordId('Meeting') });
const dueDate = z
  .string({ error: 'A due date is required: the notice requires clear timescales for every action' })
  .refine(isCalendarDate, { error: 'A due date is required: the notice requires clear timescales for every action' });

export const NewActionInput = z
  .strictObject({
    meetingId: recordId('Meeting'),
    agendaItemId: recordId('Agenda item').nullable(),
    title: requiredText('What is to be done', 2000),
    ownerPersonId: recordId('Owner').nullable(),
    /** Someone not yet in Quorate, added in place. */
    newOwner: z.strictObject({ name: requiredText("Owner's name", LIMITS.name), organisation: optionalText('Organisation', 300) }).nullable(),
    dueDate,
    areaId: recordId('Area of concern').nullable(),
  })
  .refine((a) => a.ownerPersonId !== null || a.newOwner !== null, {
    error: 'An owner is required: the notice requires clearly assigned accountabilities for every action',
    path: ['ownerPersonId'],
  });

export const ActionProgressInput = z
  .strictObject({
    meetingId: recordId('Meeting'),
    actionId: recordId('Action'),
    status: z.enum(ACTION_STATUSES),
    note: optionalText('Progress note', 5000),
    newDueDate: z.string().refine(isCalendarDate, { error: 'The new due date must be a real date' }).nullable(),
    dueDateReason: optionalText('Reason for the new date', 1000),
  })
  .refine((u) => u.newDueDate === null || u.dueDateReason.length > 0, { error: 'Say why the due date is moving', path: ['dueDateReason'] });

export const meetingCalls = {
  exportMinutes: call(
    'The minutes as a Word document (the public version leaves out the words of confidential items)',
    z.strictObject({ meetingId: recordId('Meeting'), public: z.boolean() }),
  ).returns<FileOut>(),
  getLiveMeeting: call('Everything for running a meeting', ByMeeting).returns<LiveMeeting>(),
  setAttendance: call(
    "Mark a person's attendance",
    z.strictObject({
      meetingId: recordId('Meeting'),
      personId: recordId('Person'),
      status: z.enum(ATTENDANCE_STATUSES).nullable(),
      deputyForPersonId: recordId('Member').nullable(),
      arrivedLate: z.boolean(),
      leftEarly: z.boolean(),
    }),
  ).returns<LiveMeeting>(),
  saveMinutes: call(
    'Save the minutes of one agenda item (autosave)',
    z.strictObject({
      agendaItemId: recordId('Agenda item'),
      text: z.string().max(MAX_MINUTES_CHARACTERS, { error: `The minutes of one item must be at most ${MAX_MINUTES_CHARACTERS.toLocaleString('en-GB')} characters` }),
    }),
    { maxRequestBytes: MAX_MINUTES_CHARACTERS * 6 + 1024 },
  ).returns<MinutesSaved>(),
  recordDecision: call('Record a decision', z.strictObject({ meetingId: recordId('Meeting'), agendaItemId: recordId('Agenda item').nullable(), text: requiredText('The decision', 20000) })).returns<LiveMeeting>(),
  withdrawDecision: call('Undo a decision recorded by mistake', z.strictObject({ decisionId: recordId('Decision') })).returns<LiveMeeting>(),
  createAction: call('Agree a new action', NewActionInput).returns<LiveMeeting>(),
  withdrawAction: call('Undo an action created by mistake', z.strictObject({ actionId: recordId('Action') })).returns<LiveMeeting>(),
  recordActionProgress: call("Update an existing action's status and progress", ActionProgressInput).returns<LiveMeeting>(),
  withdrawActionUpdate: call('Undo a progress update', z.strictObject({ updateId: recordId('Update') })).returns<LiveMeeting>(),
  endMeeting: call('Record that the meeting has been held', ByMeeting).returns<LiveMeeting>(),
  circulateMinutes: call('Record that the draft minutes were circulated', ByMeeting).returns<LiveMeeting>(),
  approveMinutes: call(
    'Approve the minutes of an earlier meeting as a true record',
    z.strictObject({ meetingId: recordId('Meeting'), atMeetingId: recordId('Meeting') }),
  ).returns<LiveMeeting>(),
  recordMinutesCorrection: call(
    'Record a correction to approved minutes',
    z.strictObject({
      meetingId: recordId('Meeting'),
      agendaItemId: recordId('Agenda item').nullable(),
      correction: requiredText('The correction', 20000),
      reason: optionalText('Reason', 2000),
      atMeetingId: recordId('Meeting').nullable(),
    }),
  ).returns<LiveMeeting>(),
} as const;
