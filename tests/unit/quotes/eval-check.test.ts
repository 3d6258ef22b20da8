/**
 * The corpus regression check's verdict (scripts/eval-quotes-check.ts): a drop beyond noise in any
 * figure, or a rise in false alarms, fails; changes within noise and improvements pass. (The corpus
 * itself is never read here: unit tests stay independent of ../shared.)
 */
import { describe, expect, it } from 'vitest';
import { NOISE, regressions, type SplitFigures } from '../../../scripts/eval-quotes-check.ts';

const base: SplitFigures = { f1: 0.96, source_accuracy: 0.965, end_to_end_f1: 0.922, nonspeech_false_alarm_rate: 0.18 };

describe('eval:quotes --check verdict', () => {
  it('passes identical figures, changes within noise and improvements', () => {
    expect(regressions('dev', base, base)).toEqual([]);
    expect(regressions('dev', base, { ...base, end_to_end_f1: base.end_to_end_f1 - NOISE / 2, nonspeech_false_alarm_rate: 0.181 })).toEqual([]);
    expect(regressions('dev', base, { f1: 0.97, source_accuracy: 0.97, end_to_end_f1: 0.93, nonspeech_false_alarm_rate: 0.1 })).toEqual([]);
  });

  it('names each figure that fell, or false alarms that rose, beyond noise', () => {
    const r = regressions('train', base, { ...base, end_to_end_f1: 0.915, nonspeech_false_alarm_rate: 0.19 });
    expect(r).toHaveLength(2);
    expect(r[0]).toContain('train end_to_end_f1 fell');
    expect(r[1]).toContain('nonspeech_false_alarm_rate rose');
  });
});
