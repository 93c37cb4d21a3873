import { minutesBlocks } from '../../shared/model/minutesText';

test('the minutes format reads subheadings, list lines, paragraphs, bold words and blank lines', () => {
  expect(minutesBlocks('## Discussion\n- Survey **welcomed**\n\nAgreed.  ')).toEqual([
    { kind: 'heading', spans: [{ text: 'Discussion', bold: false }] },
    { kind: 'item', spans: [{ text: 'Survey ', bold: false }, { text: 'welcomed', bold: true }] },
    { kind: 'blank', spans: [] },
    { kind: 'paragraph', spans: [{ text: 'Agreed.', bold: false }] },
  ]);
});
