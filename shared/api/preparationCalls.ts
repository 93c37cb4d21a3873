import { z } from 'zod';
import { isCalendarDate, isClockTime } from '../dates';
import { ITEM_PURPOSES, type Paper } from '../model/agenda';
import { NOTICE_KINDS, QuorumRuleSchema } from '../model/board';
import type { Meeting } from '../model/meeting';
import { MEMBER_ROLES, SECTORS } from '../model/people';
import type { BoardSetup, InvitationsProduced, InvitationsRecordRow, MeetingPlan, SeriesPreview, Settings } from '../model/preparation';
import { LIMITS, optionalText, recordId, requiredText } from '../model/text';
import { SeriesRuleSchema } from '../rules/series';
import { call, fileBytes, Nothing, type FileOut } from './call';

// The calls for the secretary's "before the meeting" work: board set-up, scheduling,
// the agenda, papers and invitations.

export const MAX_PAPER_BYTES = 50 * 1024 * 1024;

const email = z
  .string({ error: 'Email must be text' })
  .trim()
  .max(254, { error: 'Email must be at most 254 characters' })
  .refine((s) => s === '' || /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(s), { error: 'Email must look like name@example.gov.uk' });
const isoDate = (what: string) => z.string().refine(isCalendarDate, { error: `${what} must be a real date written as YYYY-MM-DD` });
const clock = (what: string) => z.string().refine(isClockTime, { error: `${what} must be a time written as HH:MM` });
const leadDays = (what: string) => z.number().int({ error: `${what} must be a whole number` }).min(0).max(60, { error: `${what} must be at most 60` });

const ByBoard = z.strictObject({ boardId: recordId('Board') });
const ByMeeting = z.strictObject({ meetingId: recordId('Meeting') });
const ByPaper = z.strictObject({ paperId: recordId('Paper') });

export const MemberFields = {
  name: requiredText('Name', LIMITS.name),
  jobTitle: optionalText('Job title', 300),
  organisation: optionalText('Organisation', 300),
  email,
  role: z.enum(MEMBER_ROLES, { error: 'Choose a role' }),
  sector: z.enum(SECTORS, { error: 'Choose a sector' }),
  statutoryRoleId: recordId('Statutory role').nullable(),
  deputyPersonId: recordId('Deputy').nullable(),
};

export const AgendaItemFields = {
  title: requiredText('Item title', 300),
  presenterPersonId: recordId('Presenter').nullable(),
  purpose: z.enum(ITEM_PURPOSES, { error: 'Choose a purpose' }),
  minutesAllowed: z.number({ error: 'Time allowed must be a number' }).int().min(0).max(600, { error: 'Time allowed must be at most 600 minutes' }),
  confidential: z.boolean(),
  confidentialReason: optionalText('Reason', 1000),
  areaId: recordId('Area of concern').nullable(),
  paperExpected: z.boolean(),
};
const confidentialNeedsReason = (item: { confidential: boolean; confidentialReason: string }) => !item.confidential || item.confidentialReason.length > 0;
const reasonIssue = { error: 'Say why the item is confidential (e.g. the exempt-information paragraph)', path: ['confidentialReason'] };

export const NewAgendaItemInput = z.strictObject({ meetingId: recordId('Meeting'), ...AgendaItemFields }).refine(confidentialNeedsReason, reasonIssue);
export const AgendaItemChangesInput = z.strictObject({ itemId: recordId('Agenda item'), ...AgendaItemFields }).refine(confidentialNeedsReason, reasonIssue);
export const MemberInput = z.strictObject({ boardId: recordId('Board'), ...MemberFields });
export const MemberChangesInput = z.strictObject({ membershipId: recordId('Membership'), ...MemberFields });
export const TermsInput = z.strictObject({
  boardId: recordId('Board'),
  meetingFrequency: optionalText('Meeting frequency', 200),
  quorumRuleText: optionalText('Quorum rule', 1000),
  quorumRule: QuorumRuleSchema.nullable(),
  papersDueWorkingDays: leadDays('Papers deadline'),
  packDueWorkingDays: leadDays('Pack deadline'),
});
export const NoticeInput = z.strictObject({
  boardId: recordId('Board'),
  kind: z.enum(NOTICE_KINDS).nullable(),
  issuer: optionalText('Issued by', 200),
  date: isoDate('Date of the notice').nullable(),
});
export const SeriesInput = z
  .strictObject({
    boardId: recordId('Board'),
    title: requiredText('Meeting title', LIMITS.name),
    startTime: clock('Start time'),
    endTime: clock('End time'),
    place: optionalText('Place', LIMITS.place),
    rule: SeriesRuleSchema,
    fromMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'First month must be written as YYYY-MM' }),
    count: z.number().int().min(1).max(24, { error: 'At most 24 meetings at once' }),
  })
  .refine((s) => s.endTime > s.startTime, { error: 'The meeting must end after it starts', path: ['endTime'] });
export const SeriesPreviewInput = z.strictObject({
  boardId: recordId('Board'),
  rule: SeriesRuleSchema,
  fromMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'First month must be written as YYYY-MM' }),
  count: z.number().int().min(1).max(24),
});
export const PaperUploadInput = z.strictObject({
  agendaItemId: recordId('Agenda item'),
  title: optionalText('Paper title', 300),
  author: optionalText('Author', 200),
  fileName: requiredText('File name', 255),
  content: fileBytes('The file', MAX_PAPER_BYTES),
});
export const PaperReplaceInput = z.strictObject({
  paperId: recordId('Paper'),
  fileName: requiredText('File name', 255),
  content: fileBytes('The file', MAX_PAPER_BYTES),
});
export const SettingsInput = z.strictObject({ userName: requiredText('Your name', LIMITS.name), userEmail: email });

const UPLOAD_BYTES = Math.ceil(MAX_PAPER_BYTES * 1.4) + 64 * 1024; // base64 over HTTP, and the other fields

export const preparationCalls = {
  getSettings: call('Your name and email, for the audit trail and invitations', Nothing).returns<Settings>(),
  saveSettings: call('Save your name and email', SettingsInput).returns<Settings>(),

  getBoardSetup: call("A board's members, statutory invitees, terms of reference and areas", ByBoard).returns<BoardSetup>(),
  saveNotice: call('What the board answers to', NoticeInput).returns<BoardSetup>(),
  saveTermsOfReference: call('Meeting frequency, quorum rule and deadlines', TermsInput).returns<BoardSetup>(),
  addMember: call('Add a person to the board', MemberInput).returns<BoardSetup>(),
  updateMember: call("Change a member's details or role", MemberChangesInput).returns<BoardSetup>(),
  removeMember: call('Record that a member has left the board', z.strictObject({ membershipId: recordId('Membership') })).returns<BoardSetup>(),
  addStatutoryRole: call('Add a role that must be invited to every meeting', z.strictObject({ boardId: recordId('Board'), title: requiredText('Role', 200), basis: optionalText('Basis', 500) })).returns<BoardSetup>(),
  removeStatutoryRole: call('Remove a statutory invitee role', z.strictObject({ roleId: recordId('Role') })).returns<BoardSetup>(),
  addArea: call('Add an area of concern', z.strictObject({ boardId: recordId('Board'), title: requiredText('Area', 500) })).returns<BoardSetup>(),
  updateArea: call('Rename an area or change its lead', z.strictObject({ areaId: recordId('Area'), title: requiredText('Area', 500), leadPersonId: recordId('Lead').nullable() })).returns<BoardSetup>(),

  previewSeries: call('The dates and deadlines a series would have', SeriesPreviewInput).returns<SeriesPreview>(),
  scheduleSeries: call('Schedule a series of monthly meetings', SeriesInput).returns<Meeting[]>(),
  getMeetingPlan: call('Everything about preparing one meeting', ByMeeting).returns<MeetingPlan>(),
  startAgenda: call('Start an empty agenda from the template or the last meeting', z.strictObject({ meetingId: recordId('Meeting'), from: z.enum(['template', 'last_meeting']) })).returns<MeetingPlan>(),
  addAgendaItem: call('Add an item at the end of the agenda', NewAgendaItemInput).returns<MeetingPlan>(),
  updateAgendaItem: call('Change an agenda item', AgendaItemChangesInput).returns<MeetingPlan>(),
  moveAgendaItem: call('Move an agenda item', z.strictObject({ itemId: recordId('Agenda item'), toPosition: z.number().int().min(1).max(500) })).returns<MeetingPlan>(),
  removeAgendaItem: call('Take an item off the agenda (can be undone)', z.strictObject({ itemId: recordId('Agenda item') })).returns<MeetingPlan>(),
  restoreAgendaItem: call('Undo the removal of an agenda item', z.strictObject({ itemId: recordId('Agenda item') })).returns<MeetingPlan>(),

  attachPaper: call('Attach a PDF or Word paper to an item', PaperUploadInput, { maxRequestBytes: UPLOAD_BYTES }).returns<MeetingPlan>(),
  replacePaper: call('Replace a paper with a new version, keeping the old', PaperReplaceInput, { maxRequestBytes: UPLOAD_BYTES }).returns<MeetingPlan>(),
  getPaperFile: call("A paper's file", ByPaper).returns<FileOut & { readonly paper: Paper }>(),

  produceInvitations: call('Produce the .ics invitation and the .eml draft, and record them', ByMeeting).returns<InvitationsProduced>(),
  markInvitationsSent: call('Record that the invitations were sent', z.strictObject({ meetingId: recordId('Meeting'), personIds: z.array(recordId('Person')).min(1).max(200) })).returns<MeetingPlan>(),
  getInvitationsRecord: call('Whether each statutory invitee was invited to each meeting', ByBoard).returns<InvitationsRecordRow[]>(),
  exportInvitationsRecord: call('The invitations record as CSV', ByBoard).returns<FileOut>(),
} as const;
