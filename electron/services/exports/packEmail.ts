import MailComposer from 'nodemailer/lib/mail-composer';

// The pack's covering email: an RFC 5322 draft (X-Unsent: 1, so Outlook opens it ready to
// send) to the invitees, with the pack and the meeting request as attachments. Not a
// meeting request itself: the .ics rides along for calendars that lost the first one.

export interface PackEmailParts {
  readonly from: { readonly name: string; readonly email: string };
  readonly to: readonly { readonly name: string; readonly email: string }[];
  readonly subject: string;
  readonly text: string;
  readonly pack: { readonly fileName: string; readonly content: Uint8Array } | null;
  readonly calendar: { readonly fileName: string; readonly content: string };
  readonly date: Date;
}

export async function packEmail(parts: PackEmailParts): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: parts.from.name, address: parts.from.email },
    to: parts.to.map((person) => ({ name: person.name, address: person.email })),
    subject: parts.subject,
    text: parts.text,
    date: parts.date,
    headers: { 'X-Unsent': '1' },
    attachments: [
      ...(parts.pack ? [{ filename: parts.pack.fileName, content: Buffer.from(parts.pack.content), contentType: 'application/pdf' }] : []),
      { filename: parts.calendar.fileName, content: parts.calendar.content, contentType: 'text/calendar; charset=utf-8; method=REQUEST' },
    ],
  });
  return composer.compile().build();
}
