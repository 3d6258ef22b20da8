/**
 * Possessive endings ("Trump’s", "Sanders'"), told by character codes: names, words and runs are
 * tested for them in the engine's hot loops, where an end-anchored regex is tried at every position.
 */

// (string methods called through String.prototype on this hot path: decision 0020)
const charCodeAt = String.prototype.charCodeAt;

/** ' or ’. */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Ends in an apostrophe, or in one and an s ("Trump’s", "Sanders'"): /['’]s?$/. */
export function endsPossessive(l: string): boolean {
  const n = l.length;
  if (isApostropheCode(l.charCodeAt(n - 1))) return true;
  return endsPossessiveS(l);
}

/** Whether text[a, b) ends in "’s" or "'s": /[’']s$/ on the slice, none made. */
export function endsPossessiveS(text: string, a = 0, b = text.length): boolean {
  return b - 2 >= a && charCodeAt.call(text, b - 1) === 115 && isApostropheCode(charCodeAt.call(text, b - 2));
}

/** Whether text[a, b) ends in "s’" or "s'" (a plural's possessive, "Sanders'"): /s['’]$/ on the slice. */
export function endsPluralPossessive(text: string, a = 0, b = text.length): boolean {
  return b - 2 >= a && isApostropheCode(charCodeAt.call(text, b - 1)) && charCodeAt.call(text, b - 2) === 115;
}

/** A possessive word, "Trump's" or "Sanders'" (a token's lower case, or any word). */
export function isPossessiveWord(w: string): boolean {
  return endsPossessiveS(w) || endsPluralPossessive(w);
}
