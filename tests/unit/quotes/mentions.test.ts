import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { analyzeMention } from '../../../src/lib/quotes/mentions.ts';
import { tokenize } from '../../../src/lib/quotes/tokens.ts';

function mention(phrase: string) {
  const tokens = tokenize(phrase, []);
  const m = analyzeMention(phrase, tokens, 0, tokens.length);
  return m && { kind: m.kind, name: m.name, type: m.type, description: m.description, head: m.head };
}

describe('mentions', () => {
  it('splits titles from the name and keeps them as the description', () => {
    expect(mention('Italian Defense Minister Guido Crosetto')).toMatchObject({ kind: 'name', name: 'Guido Crosetto', type: 'person', description: 'Italian Defense Minister' });
    expect(mention('Secretary of State John Kerry')).toMatchObject({ name: 'John Kerry', description: 'Secretary of State' });
  });

  it('keeps naming titles in the name', () => {
    expect(mention('Pope Francis')).toMatchObject({ name: 'Pope Francis', description: 'Pope', type: 'person' });
  });

  it('drops honorifics', () => {
    expect(mention('Mr. Obama')).toMatchObject({ name: 'Obama', description: null });
  });

  it('reads capitals and countries as the government, an organisation', () => {
    expect(mention('Moscow')).toMatchObject({ name: 'Russia', type: 'organization' });
    expect(mention('Rome')).toMatchObject({ name: 'Italy', type: 'organization' });
  });

  it('recognises organisations and outlets', () => {
    expect(mention('The New York Post')).toMatchObject({ type: 'organization' });
    expect(mention('NATO')).toMatchObject({ type: 'organization' });
  });

  it('tells roles, pronouns and generic descriptions apart', () => {
    expect(mention('the defense minister')).toMatchObject({ kind: 'role', head: 'minister' });
    expect(mention('he')).toMatchObject({ kind: 'pronoun' });
    expect(mention('a source')).toMatchObject({ kind: 'generic' });
  });

  it('reads a one-word opener as a name right after a quotation, not at a sentence start', () => {
    const text = '“We won,” From said.';
    const tokens = readTextFrame(text).tokens;
    const at = tokens.findIndex((t) => t.text === 'From');
    expect(analyzeMention(text, tokens, at, at + 1)).toMatchObject({ kind: 'name', name: 'From' });
    expect(mention('From')).toBeNull();
  });

  it('reads a possessive pronoun as its owner, and a one-word name that is also a property of every object as a name', () => {
    expect(mention('his')).toMatchObject({ kind: 'pronoun', head: 'he' });
    expect(mention('their')).toMatchObject({ kind: 'pronoun', head: 'they' });
    const text = '“We won,” Constructor said.';
    const tokens = readTextFrame(text).tokens;
    const at = tokens.findIndex((t) => t.text === 'Constructor');
    expect(analyzeMention(text, tokens, at, at + 1)).toMatchObject({ kind: 'name', name: 'Constructor' });
  });
});
