import MailComposer from 'nodemailer/lib/mail-composer';

// An RFC 5322 message that Outlook opens as an unsent draft (X-Unsent: 1), addressed to
// the invitees, carrying the meeting request both as the calendar part and as an .ics.

export interface EmailDraft {
  readonly from: { readonly name: string; readonly email: string };
  readonly to: readonly { readonly name: string; readonly email: string }[];
  readonly subject: string;
  readonly text: string;
  readonly calendar: string;
  readonly calendarFileName: string;
  readonly date: Date;
}

export async function emailDraft(draft: EmailDraft): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: draft.from.name, address: draft.from.email },
    to: draft.to.map((person) => ({ name: person.name, address: person.email })),
    subject: draft.subject,
    text: draft.text,
    date: draft.date,
    headers: { 'X-Unsent': '1' },
    icalEvent: { method: 'REQUEST', content: draft.calendar },
    attachments: [{ filename: draft.calendarFileName, content: draft.calendar, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }],
  });
  return composer.compile().build();
}
