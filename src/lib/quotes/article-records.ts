/**
 * The records an article's reading keeps until its end (speakers, quotes, reported speech and
 * their spans), made by constructors rather than object literals. V8 moves the objects of an
 * object or array literal to the old generation for good once most of them outlive a few
 * collections, as one very long text read early makes them do; every later article then pays for
 * its short-lived records there, and for the young objects they keep alive (passes 8-12% slower,
 * young collections several times longer; docs/decisions/0021). Objects made by `new` are never so
 * pretenured. Same fields, in the same order, as the public shapes (quote-types.ts): their JSON is
 * the literals'. (Every quote and speaker the engine makes is one of these: a literal beside them
 * would give each read of them two shapes.)
 */
import type { QuoteKind, ReportedSpeech, Quote, Speaker, SpeakerType, TextSpan } from './quote-types.ts';

export class SpeakerRecord implements Speaker {
  id: string;
  name: string;
  type: SpeakerType;
  description: string | null;

  constructor(id: string, name: string, type: SpeakerType, description: string | null) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.description = description;
  }
}

export class SpanRecord implements TextSpan {
  start: number;
  end: number;
  text: string;

  constructor(start: number, end: number, text: string) {
    this.start = start;
    this.end = end;
    this.text = text;
  }
}

export class QuoteRecord implements Quote {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  kind: QuoteKind;
  cue: TextSpan | null;
  source: TextSpan | null;
  speaker: Speaker | null;

  constructor(start: number, end: number, text: string, paragraph: number, kind: QuoteKind, cue: TextSpan | null, source: TextSpan | null, speaker: Speaker | null) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.paragraph = paragraph;
    this.kind = kind;
    this.cue = cue;
    this.source = source;
    this.speaker = speaker;
  }
}

export class ReportedRecord implements ReportedSpeech {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  cue: TextSpan | null;
  source: TextSpan | null;
  speaker: Speaker | null;

  constructor(start: number, end: number, text: string, paragraph: number, cue: TextSpan | null, source: TextSpan | null, speaker: Speaker | null) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.paragraph = paragraph;
    this.cue = cue;
    this.source = source;
    this.speaker = speaker;
  }
}
