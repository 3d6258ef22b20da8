/**
 * A capitalised word the article writes only where every word is capitalised, at the opening of a
 * sentence, a line or a Title-Case headline ("Transcript as follows:", "Footage of Al-Awlaki
 * appears", a photo credit "Getty."), is a common word, not a person's name: a name keeps its
 * capital mid-sentence ("… said Maddow", "the Obama administration") or comes with a first name.
 */

/** Whether the word stands at a sentence's or a line's opening (after ". ", "? ", a quote mark, a dash or a line break). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '“' || text[i] === '"' || text[i] === '‘' || text[i] === '(')) i--;
  // "Gov. Kasich", "Sen. Cruz": the stop of a short capitalised abbreviation opens nothing
  if (text[i] === '.' && /(?:^|[^\p{L}])\p{Lu}\p{L}{0,3}$/u.test(text.slice(Math.max(0, i - 6), i))) return false;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '?' || text[i] === '!' || text[i] === ':' || text[i] === '—' || text[i] === '―';
}

/** Whether the line holding `at` is a Title-Case headline (most of its longer words capitalised). */
function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endAt = text.indexOf('\n', at);
  const words = text.slice(start, endAt < 0 ? text.length : endAt).split(/\s+/).filter((w) => /^[\p{L}’'-]{4,}/u.test(w));
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}

/** What follows a common noun opening a sentence ("Transcript as follows", "Footage of …", "Getty."), not a verb as after a name ("Cruz openly admitted"). */
const NOUN_FOLLOWER = /^(?:[\s\u00a0]*$|[\s\u00a0]*[.,:;!?)\]]|[ \u00a0]+(?:of|as|on|out|in|for|to|from|at|with|by|the|a|an|and|or)\b)/;

/**
 * Every occurrence of `word` as a whole word opens a sentence or a line, or sits in a Title-Case
 * line, and none is followed by a verb (a surname opening paragraphs is: "Carson defied …").
 */
export function onlyOpensSentences(word: string, text: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + word.length] ?? ' ';
    if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    seen++;
    const title = inTitleCaseLine(text, at);
    if (!opensSentence(text, at) && !title) return false;
    const end = text.indexOf('\n', at);
    if (!title && !NOUN_FOLLOWER.test(text.slice(at + word.length, end < 0 ? text.length : Math.min(end, at + word.length + 12)))) return false;
  }
  return seen > 0;
}
