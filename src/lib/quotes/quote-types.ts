/**
 * The quote engine's public data shapes. Offsets are JavaScript string indices (UTF-16 code
 * units) into the exact text the engine was given; nothing is normalised.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** "speech": words someone said or wrote. "term": a label, title, nickname or scare quote. */
export type QuoteKind = 'speech' | 'term';

export type SpeakerType = 'person' | 'organization';

export interface Speaker {
  /** Stable across articles: a slug of the canonical name with diacritics folded ("radoslaw-sikorski"). */
  id: string;
  /** The fullest form the article gives ("Guido Crosetto" for "he", "the minister"). */
  name: string;
  type: SpeakerType;
  /** How the article introduces them ("Italian Defense Minister"), or null. */
  description: string | null;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** Index of the blank-line separated paragraph (from 0) that holds `start`. */
  paragraph: number;
  /** The citing verb or phrase ("said", "according to", a colon), or null. */
  cue: TextSpan | null;
  /** The mention the attribution hangs on, as written ("he", "the minister", "Crosetto"), or null. */
  source: TextSpan | null;
  /** Who the source is, resolved; null when no one can be found (never a guess). */
  speaker: Speaker | null;
}

/** Indirect speech ("Moscow has repeatedly said that it is ready ..."): the reported content. */
export interface ReportedSpeech extends TextSpan {
  paragraph: number;
  cue: TextSpan | null;
  source: TextSpan | null;
  speaker: Speaker | null;
}

export interface QuoteExtraction {
  /** Every quoted segment, in text order. */
  quotes: Quote[];
  reported: ReportedSpeech[];
  /** Every speaker of a speech quote, once each, in order of first appearance. */
  speakers: Speaker[];
  /**
   * Speakers cited only through reported (indirect) speech, once each, in order: they have no
   * direct quotation, so no speaker page of their own.
   */
  reportedSpeakers?: Speaker[];
}
