import type { ReactNode } from 'react';
import { minutesBlocks, type Span } from '../../shared/model/minutesText';

// The minutes' plain format as printed (shared/model/minutesText.ts reads it).

const inline = (spans: readonly Span[]) => spans.map((span, i) => (span.bold ? <strong key={i}>{span.text}</strong> : span.text));

export function MinutesText({ text, headingLevel }: { readonly text: string; readonly headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const out: ReactNode[] = [];
  let list: Span[][] = [];
  const flush = () => {
    if (list.length) out.push(<ul key={`l${out.length}`}>{list.map((spans, i) => <li key={i}>{inline(spans)}</li>)}</ul>);
    list = [];
  };
  for (const block of minutesBlocks(text)) {
    if (block.kind === 'item') {
      list.push([...block.spans]);
      continue;
    }
    flush();
    if (block.kind !== 'blank') out.push(block.kind === 'heading' ? <Heading key={out.length}>{inline(block.spans)}</Heading> : <p key={out.length}>{inline(block.spans)}</p>);
  }
  flush();
  return <>{out}</>;
}
