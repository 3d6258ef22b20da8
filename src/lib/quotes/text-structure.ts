/**
 * Paragraphs and lines of an article. Paragraphs are blank-line separated blocks counted from 0
 * (a line holding only whitespace counts as blank), the same counting the site and the seed's
 * reference annotation use. Lines matter separately because a quotation never runs past a line
 * break: an unclosed mark ends at the end of its line, so one stray mark cannot swallow the rest
 * of the article.
 */

/** Classes, not object literals: V8 pretenures a literal's site after a long text (article-records.ts, docs/decisions/0021). */
export class Block {
  index: number;
  start: number;
  end: number;

  constructor(index: number, start: number, end: number) {
    this.index = index;
    this.start = start;
    this.end = end;
  }
}

export class Line {
  start: number;
  /** Exclusive; excludes the newline (and a carriage return before it). */
  end: number;

  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** Every line of the text, in order, blank ones included. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push(new Line(start, end));
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Blank-line separated blocks with their index from 0; blank lines belong to none. */
export function splitParagraphs(text: string, lines: Line[] = splitLines(text)): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of lines) {
    if (isBlankRange(text, line.start, line.end)) {
      open = null;
      continue;
    }
    if (open) {
      open.end = line.end;
    } else {
      open = new Block(blocks.length, line.start, line.end);
      blocks.push(open);
    }
  }
  return blocks;
}

/** Index of the paragraph holding `offset` (or the nearest before it); blocks are sorted. */
export function paragraphAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return blocks.length ? blocks[found].index : 0;
}
