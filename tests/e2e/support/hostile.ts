/**
 * What the hostile-content fixture (tests/fixtures/hostile-content/) says, exactly as an editor
 * wrote it, so the tests can check that every character reaches the reader as text.
 */

/** A 500-character word with no break opportunity. */
export const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(12).slice(0, 496) + 'ende';

export const SCRIPT_QUOTE = `<script>alert('quote')</script> & ]]> --> is just text`;
export const SCRIPT_SPEAKER = `Ana <b class="injected">Bold</b> O'Neil & "Co" ]]> --> </script>`;
export const RTL_QUOTE = 'نحن مستعدون للحوار 🕊️';
export const RTL_SPEAKER = 'Zoe\u0308 Ødegaard זהבה 🇳🇴';
export const LONG_QUOTE = `Words like ${LONG_WORD} must wrap`;
export const PROFILE_SPEAKER = 'Maria Rossi';
/** A name with a right-to-left override (U+202E) that it never closes. */
export const OVERRIDE_SPEAKER = '\u202EEvil Override';
/** A name wholly in a right-to-left script. */
export const ARABIC_SPEAKER = 'مريم الحسيني';
export const SCRIPT_TAG_SPEAKER = 'Eve <script>alert(1)</script> Mallory';
/** A headline ending in right-to-left words: a comma and a date after it must stay after it. */
export const BIDI_HEADLINE = `Three speakers test the reading order of a page: ${ARABIC_SPEAKER}`;
export const PROFILE_DESCRIPTION = 'Spokesperson for <script>alert("profile")</script> & "Friends" ]]> --> \'quoted\'';

export interface HostileArticle {
  file: string;
  headline: string;
  standfirst: string;
  published: string;
  topics: string[];
  paragraphs: string[];
  quoteOverrides?: { quote: string; speaker: string }[];
}

export const HOSTILE_ARTICLES: HostileArticle[] = [
  {
    file: 'script-injection.md',
    headline: `<script>alert("headline")</script> Minister’s “&” remark: ]]> --> O'Brien & Sons`,
    standfirst: `Closing tags </script><!-- and --> and ]]> and "double" & 'single' quotes stay text: <img src=x onerror=alert("standfirst")> <hostile-marker>marker</hostile-marker>`,
    published: '2024-04-01',
    topics: ['security', 'hostile'],
    paragraphs: [
      `The spokesperson said “${SCRIPT_QUOTE}” on Monday.`,
      `A second paragraph carries <hostile-marker>raw markup</hostile-marker>, <img src=x onerror="alert('body')">, <svg onload=alert('svg')>, a stray </p></div> and entities that must not decode: &lt;b&gt; &amp;amp; &#60;i&#62;`,
      `“We will not back down,” ${PROFILE_SPEAKER} said, adding "straight quotes & <tags>" for good measure.`,
    ],
    quoteOverrides: [
      { quote: SCRIPT_QUOTE, speaker: SCRIPT_SPEAKER },
      { quote: 'We will not back down,', speaker: PROFILE_SPEAKER },
    ],
  },
  {
    file: 'rtl-emoji-combining.md',
    headline: 'Voters in القدس and ירושלים react 🗳️👩🏽‍⚖️ as Zoe\u0308 says Z̴a̷l̸g̵o̶',
    standfirst: 'مرحبا بالعالم — שלום עולם — emoji 🗞️🇺🇦 and combining e\u0301 marks survive intact',
    published: '2024-04-02',
    topics: ['languages'],
    paragraphs: [
      `“${RTL_QUOTE}” said the envoy in Arabic.`,
      `A right-to-left override \u202Egnirts desrever\u202C ends here, then a long word: ${LONG_WORD}.`,
      `The minister said “${LONG_QUOTE}” in closing.`,
    ],
    quoteOverrides: [
      { quote: RTL_QUOTE, speaker: RTL_SPEAKER },
      { quote: LONG_QUOTE, speaker: PROFILE_SPEAKER },
    ],
  },
  {
    file: 'no-quotation.md',
    headline: 'An article with no quotation at all',
    standfirst: 'Nobody is quoted here; this article has no quotation marks of any kind & that is fine.',
    published: '2024-04-03',
    topics: ['quiet'],
    paragraphs: [
      'The committee met on Tuesday and adjourned without a statement.',
      'A further meeting is planned for next month, officials confirmed in writing.',
    ],
  },
  {
    file: 'bidi-names.md',
    headline: BIDI_HEADLINE,
    standfirst: 'A name that switches the text direction must not move the words shown after it.',
    published: '2024-04-04',
    topics: ['languages', 'bidi'],
    paragraphs: [
      '“The override stays inside my name,” the first speaker said on Thursday.',
      '“Numbers after my name stay where they are,” the second speaker said.',
      '“Markup in my name is only text,” the third speaker said.',
    ],
    quoteOverrides: [
      { quote: 'The override stays inside my name,', speaker: OVERRIDE_SPEAKER },
      { quote: 'Numbers after my name stay where they are,', speaker: ARABIC_SPEAKER },
      { quote: 'Markup in my name is only text,', speaker: SCRIPT_TAG_SPEAKER },
    ],
  },
];

/** Speaker names that must each head a speaker page, character for character. */
export const HOSTILE_SPEAKER_NAMES = [SCRIPT_SPEAKER, RTL_SPEAKER, PROFILE_SPEAKER, OVERRIDE_SPEAKER, ARABIC_SPEAKER, SCRIPT_TAG_SPEAKER];

const INJECTED_ELEMENTS = 'hostile-marker, .injected, img[onerror], svg[onload], [onerror], [onload]';
const scriptsBut = (allowed: string) =>
  ['body', 'head'].map((part) => `${part} script:not([type="application/ld+json"])${allowed}`).join(', ');

/** Selectors for elements that exist only if injected markup was parsed as HTML. */
export const INJECTED_SELECTOR = `${INJECTED_ELEMENTS}, ${scriptsBut('')}`;
/** The same on the search page, whose own bundled module (src/site/search-page.ts) is its one script. */
export const INJECTED_SELECTOR_ON_SEARCH_PAGE = `${INJECTED_ELEMENTS}, ${scriptsBut(':not([type="module"][src*="/_astro/search"])')}`;
