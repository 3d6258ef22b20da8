import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

/** The speech quotes the engine finds in `text` (terms left out), as the speaker tests read them. */
export const speech = (text: string) => extractQuotes(text).quotes.filter((q) => q.kind === 'speech');
