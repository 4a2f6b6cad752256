// The stored text of a summary (summary.ts), read on every turn: its size is what a long history costs a status turn
// (bytes from Azure, JSON parsing). Format 2 stores the sessions without GP names (most of them) as day runs per
// (minutes, GPs present): `{ m, g, from, runs: "0x5,1x5,3" }` = 5 sessions on `from`, 5 the next day, 1 three days
// later. A session day costs ~4 characters instead of ~45, so 5,000 sessions over three years are ~4 KB instead of
// ~40 KB. Named sessions (a few per year, their first RowKey matters) stay whole groups. The summary in memory is the
// same in both formats; format 1 (the JSON of Summary as it is) is still read, and written again as 2 by the next write.
import * as z from 'zod';
import { StorageError } from '../errors.js';
import { SUMMARY_FORMAT, sortSessions, Summary } from './summary.js';

/**
 * Formats whose text decodes to a summary of today's meaning: 1 = the JSON of Summary as it is, SUMMARY_FORMAT (2) =
 * with day runs. A row of any other format is rebuilt from the rows. Whoever bumps SUMMARY_FORMAT because the meaning
 * changed (not just the text) also drops JSON_FORMAT here, so those rows are rebuilt too.
 */
const JSON_FORMAT = 1;
const RUNS_FORMAT = SUMMARY_FORMAT;
const READABLE = new Set([JSON_FORMAT, RUNS_FORMAT]);

const DAY_MS = 86_400_000;
const RUNS = /^\d+(x\d+)?(,\d+(x\d+)?)*$/;

const DayRuns = z.object({
  m: z.number().optional(),
  g: z.number().optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  runs: z.string().regex(RUNS),
});
type DayRuns = z.infer<typeof DayRuns>;

const Stored = Summary.extend({ days: z.array(DayRuns) });

type Group = Summary['sessions'][number];

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => (Number.isInteger(day) ? new Date(day * DAY_MS).toISOString().slice(0, 10) : '');

export function isReadableFormat(format: number): boolean {
  return READABLE.has(format);
}

/** The text of each summary encoded so far: a write stores it twice (its row and the region copy); summaries never change. */
const encoded = new WeakMap<Summary, string>();

/** The text to store (format SUMMARY_FORMAT, with day runs), made once per summary. */
export function encodeSummary(summary: Summary): string {
  let text = encoded.get(summary);
  if (text === undefined) {
    text = encodeFresh(summary);
    encoded.set(summary, text);
  }
  return text;
}

function encodeFresh(summary: Summary): string {
  const named: Group[] = [];
  const variants = new Map<string, { m: number | undefined; g: number | undefined; days: [number, number][] }>();
  for (const group of summary.sessions) {
    // Named groups keep their first RowKey; a date that does not round-trip (never written by the stores) stays whole.
    if (group.a !== undefined || group.f !== undefined || dateOf(dayNumber(group.d)) !== group.d) {
      named.push(group);
      continue;
    }
    const key = `${group.m ?? ''}|${group.g ?? ''}`;
    const variant = variants.get(key) ?? { m: group.m, g: group.g, days: [] };
    variant.days.push([dayNumber(group.d), group.n]);
    variants.set(key, variant);
  }
  const days: DayRuns[] = [...variants.keys()].sort().map((key) => {
    const { m, g, days: list } = variants.get(key) as { m: number | undefined; g: number | undefined; days: [number, number][] };
    list.sort((x, y) => x[0] - y[0]);
    const first = list[0]?.[0] ?? 0;
    let previous = first;
    const runs = list.map(([day, n]) => {
      const run = `${day - previous}${n > 1 ? `x${n}` : ''}`;
      previous = day;
      return run;
    });
    return { ...(m !== undefined ? { m } : {}), ...(g !== undefined ? { g } : {}), from: dateOf(first), runs: runs.join(',') };
  });
  return JSON.stringify({ plans: summary.plans, sessions: named, counts: summary.counts, days });
}

/** The summary from a stored row's text and `format` (a readable one: check isReadableFormat first). */
export function decodeSummary(text: string, format: number, what: string): Summary {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new StorageError('invalid', `unreadable JSON in ${what}`, { cause });
  }
  if (format === JSON_FORMAT) return checked(Summary, raw, what);
  if (format !== RUNS_FORMAT) throw new StorageError('invalid', `${what}: unknown format ${format}`);
  const { days, ...stored } = checked(Stored, raw, what);
  const sessions = [...stored.sessions];
  for (const { m, g, from, runs } of days) {
    let day = dayNumber(from);
    if (!Number.isFinite(day)) throw new StorageError('invalid', `${what}: bad date ${from}`);
    for (const run of runs.split(',')) {
      const [delta, n = '1'] = run.split('x');
      day += Number(delta);
      const count = Number(n);
      if (count < 1) throw new StorageError('invalid', `${what}: empty day run ${run}`);
      sessions.push({ d: dateOf(day), ...(m !== undefined ? { m } : {}), ...(g !== undefined ? { g } : {}), n: count });
    }
  }
  return sortSessions({ ...stored, sessions });
}

function checked<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new StorageError('invalid', `unexpected ${what}: ${result.error.message}`);
  return result.data;
}
