/**
 * `npm run eval:quotes -- --check [--update]`: the corpus regression check. Scores the engine on
 * the train and dev splits of ../shared/corpora/polnear (each in its own `eval:quotes --json` run)
 * and compares the figures with the committed baseline, scripts/eval-quotes-baseline.json. Fails
 * (exit 1) when extraction F1, source accuracy or end-to-end F1 drops, or the share of non-speech
 * segments called speech rises, by more than NOISE on either split. `--update` rewrites the
 * baseline with the figures measured (after a change that is meant to move them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A change smaller than this is noise: about one quote in 500 on dev. */
export const NOISE = 0.002;

export interface SplitFigures {
  f1: number;
  source_accuracy: number;
  end_to_end_f1: number;
  /** Non-speech segments called speech, as a share of all non-speech segments. */
  nonspeech_false_alarm_rate: number;
}

/** Higher is better for these; the false-alarm rate is better lower. */
const HIGHER = ['f1', 'source_accuracy', 'end_to_end_f1'] as const;

/** The regressions of `now` against `base`, one line each; empty when none is beyond NOISE. */
export function regressions(split: string, base: SplitFigures, now: SplitFigures): string[] {
  const out: string[] = [];
  for (const k of HIGHER) if (now[k] < base[k] - NOISE) out.push(`${split} ${k} fell ${base[k].toFixed(4)} → ${now[k].toFixed(4)}`);
  const k = 'nonspeech_false_alarm_rate';
  if (now[k] > base[k] + NOISE) out.push(`${split} ${k} rose ${base[k].toFixed(4)} → ${now[k].toFixed(4)}`);
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const baselineFile = join(here, 'eval-quotes-baseline.json');
const corpus = join(root, '..', 'shared', 'corpora', 'polnear');
const SPLITS = ['train', 'dev'] as const;

function measure(split: string): SplitFigures {
  const out = execFileSync(process.execPath, [...process.execArgv, join(here, 'eval-quotes.ts'), join(corpus, split), '--json'], { encoding: 'utf8' });
  const t = JSON.parse(out.trim().split('\n').pop() as string) as SplitFigures & { fp_nonspeech: number; nonspeech: number };
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    f1: round(t.f1),
    source_accuracy: round(t.source_accuracy),
    end_to_end_f1: round(t.end_to_end_f1),
    nonspeech_false_alarm_rate: round(t.nonspeech ? t.fp_nonspeech / t.nonspeech : 0),
  };
}

export function runCheck(update: boolean): number {
  if (!existsSync(corpus)) {
    process.stderr.write(`eval:quotes --check: no corpus at ${corpus} (it lives in ../shared beside the project)\n`);
    return 2;
  }
  const now: Record<string, SplitFigures> = {};
  for (const split of SPLITS) now[split] = measure(split);
  if (update) {
    writeFileSync(baselineFile, JSON.stringify(now, null, 2) + '\n');
    process.stdout.write(`baseline written: ${baselineFile}\n${JSON.stringify(now, null, 2)}\n`);
    return 0;
  }
  const base = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, SplitFigures>;
  const problems: string[] = [];
  for (const split of SPLITS) {
    const b = base[split];
    const n = now[split];
    if (!b) {
      problems.push(`${split}: no baseline figures in ${baselineFile}`);
      continue;
    }
    process.stdout.write(
      `${split.padEnd(5)} F1 ${n.f1.toFixed(4)} (base ${b.f1.toFixed(4)}) | source accuracy ${n.source_accuracy.toFixed(4)} (${b.source_accuracy.toFixed(4)}) | end-to-end F1 ${n.end_to_end_f1.toFixed(4)} (${b.end_to_end_f1.toFixed(4)}) | non-speech false alarms ${n.nonspeech_false_alarm_rate.toFixed(4)} (${b.nonspeech_false_alarm_rate.toFixed(4)})\n`,
    );
    problems.push(...regressions(split, b, n));
  }
  if (problems.length) {
    process.stderr.write(`eval:quotes --check FAILED (beyond noise ±${NOISE}):\n  ${problems.join('\n  ')}\n`);
    return 1;
  }
  process.stdout.write(`eval:quotes --check: no drop beyond ±${NOISE} on ${SPLITS.join(' or ')}\n`);
  return 0;
}
