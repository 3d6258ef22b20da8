import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from '../../../src/lib/quotes/quotation-spans.ts';
import { splitLines } from '../../../src/lib/quotes/text-structure.ts';

const spansOf = (text: string) => findQuotationSpans(text, splitLines(text)).map((s) => text.slice(s.start, s.end));

describe('quotation spans', () => {
  it('pairs curly and straight double marks', () => {
    expect(spansOf('He said “yes” and then "no" twice.')).toEqual(['yes', 'no']);
  });

  it('pairs a straight opening with a curly closing mark', () => {
    expect(spansOf('"We are ready,” she said.')).toEqual(['We are ready,']);
  });

  it('reads a wrong-way curly mark by its surroundings', () => {
    expect(spansOf('”The vote is tomorrow,” the clerk said.')).toEqual(['The vote is tomorrow,']);
  });

  it('keeps a nested quote inside its passage', () => {
    const text = '“He told me “never again” and left,” she said.';
    const [span] = findQuotationSpans(text, splitLines(text));
    expect(text.slice(span.start, span.end)).toBe('He told me “never again” and left,');
    expect(span.nested.map((n) => text.slice(n.start, n.end))).toEqual(['never again']);
  });

  it('reads marks and flanks beyond Latin-1 by their glyph (the code-unit table of roleOf)', () => {
    expect(spansOf('Il a dit «Oui» puis „Nein‟ et 〝Hai〟.')).toEqual(['Oui', 'Nein', 'Hai']);
    expect(spansOf('The aide—“No comment”—left (“later”).')).toEqual(['No comment', 'later']);
    expect(spansOf('“Wait…” she said; “now”!')).toEqual(['Wait…', 'now']);
    expect(spansOf('=“x” and /“y”/ then ‘“z”’')).toEqual(['x', 'y', 'z']);
    expect(spansOf('He is 6’2” tall and “fine”.')).toEqual(['fine']);
  });

  it('closes with an opening mark and opens with a closing one by their flanks, beyond Latin-1 too', () => {
    // an opening mark before a closer ("“Yes“,") closes; a closing mark after an opener ("(”no”") opens
    expect(spansOf('He said “Yes“, and left. “No“) then.')).toEqual(['Yes', 'No']);
    expect(spansOf('He said “Yes“… and left. A “b“— c. A “d“’ e.')).toEqual(['Yes', 'b', 'd']);
    expect(spansOf('Told (”no”) and [”so”].')).toEqual(['no', 'so']);
    expect(spansOf('A —”b” c. A –”d” e. A ‘”f” g.')).toEqual(['b', 'd', 'f']);
  });

  it('ignores single quotes and apostrophes at the top level', () => {
    expect(spansOf("It's the 'best' plan, he said.")).toEqual([]);
  });

  it('does not take inch marks for quotation marks', () => {
    expect(spansOf('He is 6\'3" tall and weighs 200 pounds, "a giant," they said.')).toEqual(['a giant,']);
  });

  it('ends an unclosed quotation at the end of its line, not the article', () => {
    const text = '“This goes on and on\n\nA new paragraph with “a term” here.';
    expect(spansOf(text)).toEqual(['This goes on and on', 'a term']);
  });

  it('does not close a quotation on a curly feet-and-inches height', () => {
    expect(spansOf('“He is like 6’2” and I am not,” the senator joked.')).toEqual(['He is like 6’2” and I am not,']);
  });

  it('closes a quotation after a nested one that ends on a number', () => {
    expect(spansOf('“They chanted ‘Prop 8’” and left, she said.')).toEqual(['They chanted ‘Prop 8’']);
  });

  it('closes a straight quotation that ends on a number', () => {
    expect(spansOf('She raised "nearly $90,000" from donors and called it "a start."')).toEqual(['nearly $90,000', 'a start.']);
    expect(spansOf('He posted, "See you in Ohio! #Vote2020" on Monday.')).toEqual(['See you in Ohio! #Vote2020']);
  });

  it('still reads a mark after a number outside a quotation as an inch sign', () => {
    expect(spansOf('They laid a 12" pipe and said "done."')).toEqual(['done.']);
  });

  it('reads a doubled opening mark as one opener', () => {
    expect(spansOf('"“We will win the state,” the governor said.')).toEqual(['We will win the state,']);
  });

  it('ends an unclosed quotation where a new quoted sentence opens and closes the line', () => {
    const text = 'She said he told her “that the plan was fine. I was stunned. “And then he said, ‘Go home,’” the clerk recalled.';
    expect(spansOf(text)).toEqual(['that the plan was fine. I was stunned.', 'And then he said, ‘Go home,’']);
  });

  it('keeps a nested quotation inside a passage that goes on after it', () => {
    const text = '"The court is not about “Equal Rights” anymore. It is about power.';
    expect(spansOf(text)).toEqual(['The court is not about “Equal Rights” anymore. It is about power.']);
  });

  it('skips empty pairs', () => {
    expect(spansOf('Nothing "" here.')).toEqual([]);
  });
});
