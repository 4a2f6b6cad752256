// The advisor's worst case (issue 12 §1): hostile questions (one 20,000- and one 40,000-character word, 2,000
// short words, random unicode) must each be answered in ≤ 50 ms. The region's index is built first by a normal
// question (once per process, whatever the input); then each input runs once cold (its first call, as an attacker's
// first request would) and `runs` times more. The figure is the slowest single call in wall time: what the event loop
// is blocked for (process CPU time would add V8's parallel GC and compiler threads).
import { adviseFull } from '../../rules/advise.js';
import { fmt, table } from './measure.js';

export const GOAL_ADVISE_WORST_MS = 50;

function randomUnicode(length: number, seed: number): string {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length }, () => String.fromCodePoint(next() % 0x2ffff)).join('');
}

const WORDS = ['telefoon', 'bezet', 'wachttijd', 'poh', 'werkdruk', 'assistente', 'triage'];
const INPUTS: readonly [string, string][] = [
  ['one 20,000-character word', 'a'.repeat(20_000)],
  ['one 40,000-character word', 'telefoon'.repeat(5_000)],
  ['2,000 short words', Array.from({ length: 2_000 }, (_, i) => WORDS[i % WORDS.length]).join(' ')],
  ['2,000 random 9-letter words', Array.from({ length: 2_000 }, (_, i) => randomUnicode(9, i + 1).replace(/[^a-z]/gu, 'e')).join(' ')],
  ['random unicode (20,000)', randomUnicode(20_000, 42)],
  // The longest question that can arrive at all: a whole 1 MiB body (the edge's limit) of text.
  ['the longest input: 1 MiB of words', Array.from({ length: 131_072 }, (_, i) => WORDS[i % WORDS.length]!.slice(0, 7)).join(' ')],
  ['the longest input: 1 MiB, one word', 'w'.repeat(1_048_576)],
];

/** Prints the table and returns the slowest wall time of any call, in ms. */
export function adviseWorstCase(runs: number): number {
  let worst = 0;
  adviseFull('de telefoon is altijd bezet', { region: 'hoog', year: 1 });
  const rows = INPUTS.map(([name, question]) => {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      adviseFull(question, { region: 'hoog', year: 1 });
      times.push(performance.now() - start);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const slowest = sorted.at(-1) ?? 0;
    worst = Math.max(worst, slowest);
    return [name, fmt(times[0] ?? 0, 1), fmt(sorted[Math.floor(sorted.length / 2)] ?? 0, 1), fmt(slowest, 1)];
  });
  console.log(`\n${table([`advise, hostile input (1 cold + ${runs} runs)`, 'cold ms', 'median ms', 'worst ms'], rows)}`);
  return worst;
}
