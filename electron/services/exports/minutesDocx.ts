import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { formatLongDate, formatShortDate, formatTimeRange, londonToday } from '../../../shared/dates';
import { minutesAttendance, type LiveMeeting } from '../../../shared/model/liveMeeting';
import { minutesBlocks, spansOf, type Span } from '../../../shared/model/minutesText';

// The minutes as a Word document, for the council's Word workflows. Written with the
// docx library from the minutes' plain format: "## " headings, "- " lists, **bold**.

/** Spans of the minutes' text as Word runs, bold where marked. */
const toRuns = (spans: readonly Span[]) => spans.map((span) => (span.bold ? new TextRun({ text: span.text, bold: true }) : new TextRun(span.text)));

/** "**Agreed** the plan" → runs, bold where marked. */
const runs = (text: string) => toRuns(spansOf(text));

function minutesParagraphs(text: string): Paragraph[] {
  return minutesBlocks(text)
    .filter((block) => block.kind !== 'blank')
    .map((block) => {
      const children = toRuns(block.spans);
      if (block.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_3, children });
      if (block.kind === 'item') return new Paragraph({ bullet: { level: 0 }, children });
      return new Paragraph({ children });
    });
}

export interface MinutesOptions {
  /** Leave out the words of confidential (Part II) items. */
  readonly public: boolean;
}

export async function minutesDocx(live: LiveMeeting, options: MinutesOptions): Promise<Buffer> {
  const { plan } = live;
  const meeting = plan.meeting;
  const status = live.minutes?.status ?? 'draft';
  const { present, inAttendance, apologies } = minutesAttendance(live.attendance);
  const entry = (itemId: number) => live.minutes?.entries.find((e) => e.agendaItemId === itemId)?.text ?? '';

  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Minutes of the ${meeting.title}`)] }),
    new Paragraph({ children: [new TextRun(`${formatLongDate(meeting.date)}, ${formatTimeRange(meeting.startTime, meeting.endTime)}${meeting.place ? `, ${meeting.place}` : ''}`)] }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [
        new TextRun({
          text:
            status === 'approved'
              ? `Approved as a true record${live.minutes?.approvedAt ? ` on ${formatLongDate(londonToday(new Date(live.minutes.approvedAt)))}` : ''}.`
              : status === 'circulated'
                ? 'DRAFT — circulated for approval at the next meeting.'
                : 'DRAFT — not yet approved.',
          bold: true,
        }),
        ...(options.public ? [new TextRun({ text: ' Public version: confidential items are summarised, not minuted here.', italics: true })] : []),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Present')] }),
    ...present.map((n) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(n)] })),
  ];
  if (inAttendance.length) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('In attendance')] }), ...inAttendance.map((n) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(n)] })));
  if (apologies.length) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Apologies')] }), ...apologies.map((n) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(n)] })));

  for (const item of plan.items) {
    // The public version names a private item by its number only, as the public pack does.
    const title = item.confidential && options.public ? 'Item taken in private' : item.title;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${item.number}. ${title}`)] }));
    if (item.confidential && options.public) {
      body.push(new Paragraph({ children: [new TextRun({ text: `This item was taken in private: ${item.confidentialReason}`, italics: true })] }));
      continue;
    }
    if (item.confidential) body.push(new Paragraph({ children: [new TextRun({ text: `Confidential (Part II): ${item.confidentialReason}`, bold: true })] }));
    body.push(...minutesParagraphs(entry(item.id)));
    for (const d of live.decisions.filter((x) => x.agendaItemId === item.id)) {
      body.push(new Paragraph({ children: [new TextRun({ text: `Decision ${d.reference}: `, bold: true }), ...runs(d.text)] }));
    }
    for (const a of live.newActions.filter((x) => x.sourceAgendaItemId === item.id)) {
      body.push(new Paragraph({ children: [new TextRun({ text: `Action ${a.reference}: `, bold: true }), new TextRun(`${a.title} — ${a.ownerName}, by ${formatShortDate(a.dueDate)}`)] }));
    }
  }
  if (live.minutes?.corrections.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Corrections recorded after approval')] }));
    for (const c of live.minutes.corrections) body.push(new Paragraph({ children: [new TextRun(`${c.correction} (recorded by ${c.recordedBy}${c.reason ? `; ${c.reason}` : ''})`)] }));
  }
  const document = new Document({
    creator: 'Quorate',
    title: `Minutes of the ${meeting.title}, ${formatLongDate(meeting.date)}`,
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}
