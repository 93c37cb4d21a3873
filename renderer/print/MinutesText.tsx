import type { ReactNode } from 'react';

// The minutes' plain format as printed: "## " a subheading, "- " a list line, **bold**.

function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part, i) => (part.startsWith('**') && part.endsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part));
}

export function MinutesText({ text, headingLevel }: { readonly text: string; readonly headingLevel: 3 | 4 }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(<ul key={`l${blocks.length}`}>{list.map((line, i) => <li key={i}>{inline(line)}</li>)}</ul>);
    list = [];
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    if (line.trim() === '') continue;
    if (line.startsWith('## ')) blocks.push(<Heading key={blocks.length}>{inline(line.slice(3))}</Heading>);
    else blocks.push(<p key={blocks.length}>{inline(line)}</p>);
  }
  flush();
  return <>{blocks}</>;
}
