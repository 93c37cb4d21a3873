// Turning what a secretary types into a safe FTS5 query: every word is quoted (so
// operators, quotes and brackets in the text are just text) and the last word matches
// as a prefix, so results appear while typing.

const MAX_WORDS = 12;

export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, 64));
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
