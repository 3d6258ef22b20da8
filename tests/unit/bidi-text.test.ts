import { describe, expect, it } from 'vitest';
import { isolateText } from '../../src/lib/bidi-text.ts';
import { documentTitle } from '../../src/lib/head-tags.ts';
import { quoteFeedTitle } from '../../src/lib/feed-items.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateText', () => {
  it('leaves left-to-right text exactly as it is', () => {
    expect(isolateText('Radosław Sikorski')).toBe('Radosław Sikorski');
    expect(isolateText('Zoë Ødegaard 🇳🇴 <script>')).toBe('Zoë Ødegaard 🇳🇴 <script>');
  });

  it('isolates right-to-left names and direction overrides', () => {
    expect(isolateText('مريم الحسيني')).toBe(`${FSI}مريم الحسيني${PDI}`);
    expect(isolateText('Zoë זהבה')).toBe(`${FSI}Zoë זהבה${PDI}`);
    expect(isolateText('\u202EEvil Override')).toBe(`${FSI}\u202EEvil Override${PDI}`);
  });
});

describe('plain-text titles', () => {
  it('end an unclosed override in a headline before the site name, so the tab does not read it backwards', () => {
    expect(documentTitle({ siteName: 'On the Record', title: '\u202Ereversed' })).toBe(`${FSI}\u202Ereversed${PDI} | On the Record`);
    expect(documentTitle({ siteName: 'On the Record', title: 'Plain headline' })).toBe('Plain headline | On the Record');
  });

  it('keep the quote of a speaker feed item out of a right-to-left name', () => {
    expect(quoteFeedTitle('مريم الحسيني', 'We are ready')).toBe(`${FSI}مريم الحسيني${PDI}: “We are ready”`);
    expect(quoteFeedTitle('Ada Lovelace', 'We are ready')).toBe('Ada Lovelace: “We are ready”');
  });
});
