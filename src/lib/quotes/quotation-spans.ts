/**
 * Quotation spans: pairs of double quotation marks, curly or straight, found by one left-to-right
 * pass per line with a small stack, so time is linear whatever the marks. The role of a mark
 * (opening or closing) comes from its glyph and from what surrounds it, because real news mixes
 * straight and curly marks and sometimes uses the wrong curly glyph ("”Mr. Trump ..." opening a
 * paragraph). Single quotation marks are never top-level quotes: they are apostrophes or quotes
 * nested inside a double-quoted passage, which belong to that passage.
 */

/** Classes, not object literals: V8 pretenures a literal's site after a long text (article-records.ts, docs/decisions/0021). */
export class QuotationSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the line ended first. */
  close: number;
  /** The quoted words, marks excluded. */
  start: number;
  end: number;
  /** Where the whole thing, marks included, ends (exclusive). */
  outerEnd: number;
  /** Quotation spans nested inside this one (one level kept; they belong to this passage). */
  nested: Array<{ start: number; end: number }>;

  constructor(open: number, close: number, start: number, end: number, outerEnd: number, nested: Array<{ start: number; end: number }>) {
    this.open = open;
    this.close = close;
    this.start = start;
    this.end = end;
    this.outerEnd = outerEnd;
    this.nested = nested;
  }
}

/** The quoted words of a quotation nested in another. */
class NestedSpan {
  start: number;
  end: number;

  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

const OPENING = new Set(['“', '„', '«', '‟', '〝']);
const CLOSING = new Set(['”', '»', '〞', '〟']);

function isSpaceLike(c: string): boolean {
  return c === '' || c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r' || c === '\u2009' || c === '\u202f';
}

/** Characters after which a mark reads as opening ("(“", "—“", "=\""). */
const LEFT_OPENERS = new Set(['(', '[', '{', '—', '–', '-', '/', '=', '>', ':', '‘', "'", '“', '„', '«']);
/** Characters before which a mark reads as closing ("”,", "”." ...). */
const RIGHT_CLOSERS = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '<', '’', "'", '”', '…', '/']);

/**
 * The four lists by code unit, a flag each (all their characters are one code unit): roleOf asks
 * them of every double mark and its two neighbours, where a Set hashed a new one-character string
 * each time (V8 shares only Latin-1 ones, and most marks and dashes are beyond it).
 */
const OPENING_MARK = 1;
const CLOSING_MARK = 2;
const LEFT_OPENER = 4;
const RIGHT_CLOSER = 8;
const MARK_FLAGS = markFlagTable([[OPENING, OPENING_MARK], [CLOSING, CLOSING_MARK], [LEFT_OPENERS, LEFT_OPENER], [RIGHT_CLOSERS, RIGHT_CLOSER]]);

function markFlagTable(lists: Array<[Set<string>, number]>): Uint8Array {
  let top = 0;
  for (const [list] of lists) for (const c of list) top = Math.max(top, c.charCodeAt(0));
  const table = new Uint8Array(top + 1);
  for (const [list, flag] of lists) for (const c of list) table[c.charCodeAt(0)] |= flag;
  return table;
}

/** The flags of a one-code-unit string, or of '' (none). */
function markFlags(c: string): number {
  if (c === '') return 0;
  const code = c.charCodeAt(0);
  return code < MARK_FLAGS.length ? MARK_FLAGS[code] : 0;
}

type Role = 'open' | 'close' | 'none';

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** A mark ending a feet-and-inches height ("6'3\"", "6’2”", "5' 10\""), or right after a feet mark. */
function isInchMark(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  const isFoot = (c: string) => c === "'" || c === '’' || c === '′';
  // 6'" (straight only: “… ‘Prop 8’” is a nested quote ending on a number)
  if (text[i] === '"' && j >= lineStart + 1 && text[j] === "'" && isDigit(text[j - 1])) return true;
  let digits = 0;
  while (j >= lineStart && digits < 3 && isDigit(text[j])) {
    j--;
    digits++;
  }
  if (digits === 0) return false;
  if (j >= lineStart && text[j] === ' ') j--;
  return j >= lineStart + 1 && isFoot(text[j]) && isDigit(text[j - 1]);
}

function roleOf(text: string, i: number, lineStart: number, lineEnd: number, depth: number): Role {
  const ch = text[i];
  const prev = i > lineStart ? text[i - 1] : '';
  const next = i + 1 < lineEnd ? text[i + 1] : '';
  const leftFlank = isSpaceLike(prev) || (markFlags(prev) & LEFT_OPENER) !== 0;
  const rightFlank = isSpaceLike(next) || (markFlags(next) & RIGHT_CLOSER) !== 0;
  const flags = markFlags(ch);
  if ((flags & OPENING_MARK) !== 0) {
    if (rightFlank && !leftFlank && depth > 0) return 'close';
    return 'open';
  }
  if ((flags & CLOSING_MARK) !== 0) {
    if (isInchMark(text, i, lineStart)) return 'none';
    if (leftFlank && !rightFlank && (isSpaceLike(prev) || depth === 0)) return 'open';
    return 'close';
  }
  // Straight mark after a digit: an inch or seconds sign (6'3", 5" pipe), unless it can close an
  // open quotation that ends on a number ("about $200,000" from, "#Vote2016" he wrote).
  if (isInchMark(text, i, lineStart)) return 'none';
  if (isDigit(prev)) return depth > 0 && rightFlank ? 'close' : 'none';
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return 'close';
  return depth > 0 ? 'close' : 'open';
}

function isDoubleMark(c: number): boolean {
  // (most characters are ASCII: two comparisons pass over them)
  if (c < 0xab) return c === 34;
  return c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x301d || c === 0x301e || c === 0x301f;
}

/**
 * Where the next double mark lies at or after a position, found by the regular-expression engine
 * (a native scan) instead of a test per character. Positions asked for never go back, and the
 * answer is kept until it is passed, so every character is scanned once: linear however the text
 * is cut into lines.
 */
class MarkCursor {
  /** The marks isDoubleMark knows. */
  private readonly re = /["\u00ab\u00bb\u201c-\u201f\u301d-\u301f]/g;
  private at = -1;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  /** The first double mark at or after `from` (the text's length when none is left). */
  next(from: number): number {
    if (this.at < from) {
      this.re.lastIndex = from;
      this.at = this.re.test(this.text) ? this.re.lastIndex - 1 : this.text.length;
    }
    return this.at;
  }
}

/** Whether the mark at i opens a new sentence ("… shell-shocked. “And"). */
function startsSentence(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  if (j < lineStart || !isSpaceLike(text[j])) return false;
  j--;
  return j >= lineStart && (text[j] === '.' || text[j] === '?' || text[j] === '!');
}

/** Top-level quotation spans of one line [lineStart, lineEnd), which holds a double mark. Appends to `out`. */
function scanLine(text: string, lineStart: number, lineEnd: number, marks: MarkCursor, out: QuotationSpan[]): void {
  // stack of open mark indices; depth is bounded so pathological input stays linear
  const stack: number[] = [];
  let nested: Array<{ start: number; end: number }> = [];
  let restart = -1; // an inner opener that starts a new sentence inside the open quotation
  for (let i = marks.next(lineStart); i < lineEnd; i = marks.next(i + 1)) {
    const role = roleOf(text, i, lineStart, lineEnd, stack.length);
    if (role === 'none') continue;
    if (role === 'open') {
      // a doubled opening mark ("“You …”) is one typo'd opener: the quotation starts at the second
      if (i + 1 < lineEnd && isDoubleMark(text.charCodeAt(i + 1)) && roleOf(text, i + 1, lineStart, lineEnd, stack.length + 1) === 'open') continue;
      if (stack.length === 1) restart = startsSentence(text, i, lineStart) ? i : -1;
      if (stack.length < 2) stack.push(i);
      else if (stack.length === 2) stack[1] = i; // deeper nesting: keep only the latest inner opener
      continue;
    }
    if (stack.length === 0) continue; // stray closing mark
    const openAt = stack.pop() as number;
    if (stack.length > 0) {
      if (i > openAt + 1) nested.push(new NestedSpan(openAt + 1, i));
      continue;
    }
    if (i > openAt + 1) {
      out.push(new QuotationSpan(openAt, i, openAt + 1, i, i + 1, nested));
    }
    nested = [];
  }
  if (stack.length === 1 && restart > stack[0] && nested.length > 0 && nested[nested.length - 1].start === restart + 1) {
    // "“and said, … I was shell-shocked. “And she said, ‘…’” Broaddrick said.": the line ends with the
    // first quotation still open and its last inner pair starts a sentence, so the first one's closing
    // mark is missing: it ends where the second, a quotation of its own, begins.
    const inner = nested.pop() as { start: number; end: number };
    let end = restart;
    while (end > stack[0] + 1 && isSpaceLike(text[end - 1])) end--;
    if (end > stack[0] + 1) out.push(new QuotationSpan(stack[0], -1, stack[0] + 1, end, restart, nested));
    out.push(new QuotationSpan(restart, inner.end, inner.start, inner.end, inner.end + 1, []));
    return;
  }
  if (stack.length > 0) {
    const openAt = stack[0];
    let end = lineEnd;
    while (end > openAt + 1 && isSpaceLike(text[end - 1])) end--;
    if (end > openAt + 1) {
      out.push(new QuotationSpan(openAt, -1, openAt + 1, lineEnd, lineEnd, nested));
    }
  }
}

/** Every top-level double-quoted span of the text, in order. */
export function findQuotationSpans(text: string, lines: Array<{ start: number; end: number }>): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  const marks = new MarkCursor(text);
  // a line without any double mark is passed over; a line with one is read mark by mark
  for (const line of lines) if (marks.next(line.start) < line.end) scanLine(text, line.start, line.end, marks, out);
  return out;
}
