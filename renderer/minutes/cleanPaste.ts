// Paste from Word, cleaned up: the clipboard's HTML is reduced to the minutes' plain
// format (## headings, "- " lists, **bold**), and Word's styles, comments, conditional
// comments and empty paragraphs are dropped.

const HEADING = /^H[1-6]$/;
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL']);

function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML'].includes(element.tagName) || element.tagName.includes(':')) return '';
  const inner = Array.from(element.childNodes).map(inline).join('');
  const style = element.getAttribute('style') ?? '';
  const bold = element.tagName === 'B' || element.tagName === 'STRONG' || /font-weight:\s*(bold|[6-9]00)/i.test(style);
  if (element.tagName === 'BR') return '\n';
  if (bold && inner.trim()) return `**${inner.trim()}**${/\s$/.test(inner) ? ' ' : ''}`;
  return inner;
}

function blocks(node: Element, out: string[]): void {
  for (const child of Array.from(node.children)) {
    if (!BLOCK.has(child.tagName)) {
      const text = inline(child).trim();
      if (text) out.push(text);
      continue;
    }
    if (child.tagName === 'UL' || child.tagName === 'OL' || child.tagName === 'TABLE') {
      blocks(child, out);
      continue;
    }
    if (child.tagName === 'TR') {
      out.push(Array.from(child.children).map((cell) => inline(cell).trim()).join(' | '));
      continue;
    }
    const text = inline(child).replace(/[ \t]+\n/g, '\n').trim();
    if (!text) continue;
    // Word marks list paragraphs with a class (MsoListParagraph…) and a bullet glyph.
    const wordList = /MsoList/i.test(child.getAttribute('class') ?? '') || /mso-list/i.test(child.getAttribute('style') ?? '');
    if (HEADING.test(child.tagName)) out.push(`## ${text.replace(/\*\*/g, '')}`);
    else if (child.tagName === 'LI' || wordList) out.push(`- ${text.replace(/^[·•o§▪\-–]\s*/, '')}`);
    else out.push(text);
  }
}

/** The minutes' text for pasted HTML, or null when the HTML has nothing to keep. */
export function cleanPastedHtml(html: string): string | null {
  const document = new DOMParser().parseFromString(html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/g, ''), 'text/html');
  const out: string[] = [];
  blocks(document.body, out);
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return text || null;
}
