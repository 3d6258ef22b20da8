/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and the other RTL blocks) and the
 * invisible controls that change text direction (marks, embeddings, overrides, isolates).
 */
const DIRECTIONAL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200E\u200F\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A name or headline to be joined into plain text (a page title, a feed title), where <bdi>
 * cannot go: when it holds right-to-left letters or direction controls it is wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so it cannot reorder the text joined after
 * it (an unclosed U+202E ends at the U+2069). Other text is returned unchanged.
 */
export function isolateText(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}
