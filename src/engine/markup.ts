// The inline markup stories written for Inky use, read as data: Inky's web export puts a line into
// innerHTML, so `<i>`, `<b>`, `<em>`, `<strong>` and `<br>` work there. The player never does that: it
// recognises exactly these tags (and the common character entities) and everything else stays text,
// `<script>` and `<img onerror=…>` included.

export type Mark = 'i' | 'b' | 'em' | 'strong';

export type MarkupToken =
  | { kind: 'text'; text: string; marks: Mark[] }
  | { kind: 'break' };

const TAG = /<(\/?)(i|b|em|strong|br)\s*(\/?)>/gi;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&amp;`, `&lt;`, `&#39;`, `&#x2014;` as the characters they stand for (as text); unknown ones stay. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits a line into runs of text with the marks that apply to them, and line breaks. A closing tag
 * with nothing open is dropped (as a browser does); a tag left open runs to the end of the line.
 */
export function tokenize(line: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  const open: Mark[] = [];
  const text = (raw: string) => {
    if (raw) tokens.push({ kind: 'text', text: decodeEntities(raw), marks: [...open] });
  };
  let at = 0;
  for (const match of line.matchAll(TAG)) {
    text(line.slice(at, match.index));
    at = match.index + match[0].length;
    const [, closing, name] = match;
    const tag = name.toLowerCase();
    if (tag === 'br') {
      if (!closing) tokens.push({ kind: 'break' });
    } else if (closing) {
      const i = open.lastIndexOf(tag as Mark);
      if (i >= 0) open.splice(i, 1);
    } else {
      open.push(tag as Mark);
    }
  }
  text(line.slice(at));
  return tokens;
}

/** The line as a reader sees it, markup removed (`<br>` as a line break). */
export function plainText(line: string): string {
  return tokenize(line)
    .map((t) => (t.kind === 'break' ? '\n' : t.text))
    .join('');
}

/** Whether a line has any markup or entity at all (most do not: they render as one text node). */
export function hasMarkup(line: string): boolean {
  return /[<&]/.test(line);
}
