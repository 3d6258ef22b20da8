import { describe, expect, it } from 'vitest';
import { MAX_SPEAKER_ID, speakerId } from '../../src/lib/speaker-id.ts';

describe('speakerId', () => {
  it('keeps the readable slug of an ordinary name', () => {
    expect(speakerId('', 'Guido Crosetto')).toBe('guido-crosetto');
    expect(speakerId('jane-okafor', 'Jane Okafor')).toBe('jane-okafor');
  });

  it('puts a word before an id of digits alone, which would read as a page number (/speakers/2/)', () => {
    expect(speakerId('', '1984')).toBe('speaker-1984');
    expect(speakerId('', 'Agent 47')).toBe('agent-47');
  });

  it('spells a short non-Latin name from its code points, as before', () => {
    expect(speakerId('', 'مريم الحسيني')).toMatch(/^speaker-[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('bounds a long non-Latin name (77 Arabic letters) to a readable prefix and a short hash', () => {
    const long = 'عبد'.repeat(26).slice(0, 77);
    const id = speakerId('', long);
    expect(id.length).toBeLessThanOrEqual(MAX_SPEAKER_ID);
    expect(id).toMatch(/^speaker-[a-z0-9-]+-[0-9a-f]{8}$/);
    // Two long names that differ only at the end keep their own pages.
    expect(speakerId('', `${long}ب`)).not.toBe(id);
    expect(speakerId('', long)).toBe(id);
  });

  it('bounds a long Latin name the same way', () => {
    const name = 'Maximilian Alexander Friedrich Wilhelm von und zu Hohenzollern-Sigmaringen der Dritte';
    const id = speakerId('', name);
    expect(id.length).toBeLessThanOrEqual(MAX_SPEAKER_ID);
    expect(id).toMatch(/^maximilian-alexander-friedrich-wilhelm-von-und-[a-z]*-?[0-9a-f]{8}$/);
    expect(speakerId('', `${name} Junior`)).not.toBe(id);
  });
});
