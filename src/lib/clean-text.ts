/**
 * Characters an editor cannot see and no feed may carry: XML 1.0 forbids C0 controls other than
 * tab and line breaks, and feed readers reject the whole feed for one; noncharacters (U+FFFE,
 * U+FFFF, U+FDD0–U+FDEF …) and lone surrogates are not text at all. They are REMOVED on reading,
 * never refused: word processors paste them invisibly. A vertical tab or form feed, which they
 * paste for a line break, becomes a space so the words on either side stay apart.
 */
// eslint-disable-next-line no-control-regex
const LINE_BREAK_CONTROLS = /[\u000B\u000C]/g;
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(LINE_BREAK_CONTROLS, ' ').replace(INVISIBLE, '');
}

/** cleanText on every string in parsed YAML or JSON, keys included (escapes such as "\v" decode to controls). */
export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanValue(v)]));
  }
  return value;
}
