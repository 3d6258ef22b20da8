import { describe, expect, it } from 'vitest';
import { cleanText, cleanValue } from '../../src/lib/clean-text.ts';

describe('cleanText', () => {
  it('removes every character XML 1.0 forbids or that is not text, and nothing else', () => {
    const forbidden = ['\u0000', '\u0001', '\u0008', '\u000E', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\u{10FFFF}', '\uD800', '\uDC00'];
    for (const c of forbidden) expect(cleanText(`a${c}b`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('ab');
    const kept = 'tab\there\nline ‘curly’ “quotes” مريم 🇳🇴 e\u0301 \u202Eoverride\u202C \u{1F600}';
    expect(cleanText(kept)).toBe(kept);
  });

  it('turns a vertical tab or form feed (a pasted line break) into a space, keeping words apart', () => {
    expect(cleanText('end of line\u000BNext\u000Cpage')).toBe('end of line Next page');
  });

  it('cleans every string of parsed frontmatter, where escapes decode to control characters', () => {
    expect(cleanValue({ headline: 'A\u0007B', topics: ['x\uFFFF'], n: 1, d: new Date(0) })).toEqual({
      headline: 'AB',
      topics: ['x'],
      n: 1,
      d: new Date(0),
    });
  });
});
