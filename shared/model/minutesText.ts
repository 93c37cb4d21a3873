// The minutes' plain format, read once for every output (Word, PDF): a line starting
// "## " is a subheading, "- " a list line, anything else a paragraph; **words** are bold.

export interface Span {
  readonly text: string;
  readonly bold: boolean;
}

export interface MinutesBlock {
  /** 'blank' is an empty line: Word skips it; the PDF ends a list there. */
  readonly kind: 'heading' | 'item' | 'paragraph' | 'blank';
  readonly spans: readonly Span[];
}

export function spansOf(text: string): Span[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') && part.endsWith('**') ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}

/** The text's blocks, line by line. */
export function minutesBlocks(text: string): MinutesBlock[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .map((line): MinutesBlock => {
      if (line.trim() === '') return { kind: 'blank', spans: [] };
      if (line.startsWith('## ')) return { kind: 'heading', spans: spansOf(line.slice(3)) };
      if (line.startsWith('- ')) return { kind: 'item', spans: spansOf(line.slice(2)) };
      return { kind: 'paragraph', spans: spansOf(line) };
    });
}
