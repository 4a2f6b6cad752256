// `mtvp advise --region <region> [--subregion <s>] [--year <n>] "<question>"` (RULES.md §6).
import { Region, type Locale } from '../model.js';
import { parseCommandArgs } from './args.js';
import { CliError, writeJson } from './io.js';
import { assertKnownSubregion } from './input.js';
import type { Messages } from './messages.js';

export async function runAdvise(args: readonly string[], t: Messages, _locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { region: { type: 'string' }, subregion: { type: 'string' }, year: { type: 'string' } },
    t,
  );
  const region = Region.safeParse(values.region);
  if (!region.success) throw new CliError(t.unknownRegion(values.region));
  assertKnownSubregion('--subregion', region.data, values.subregion, t);
  const year = values.year === undefined ? undefined : parseYear(values.year, t);
  // An unquoted question arrives as several words; they are still one question.
  const question = positionals.join(' ').trim();
  if (question === '') throw new CliError(t.emptyQuestion);
  const { advise } = await import('../advise.js');
  const suggestions = advise(question, {
    region: region.data,
    ...(values.subregion === undefined ? {} : { subregion: values.subregion }),
    ...(year === undefined ? {} : { year }),
    locale: 'nl',
  });
  writeJson({ suggestions });
  return 0;
}

function parseYear(value: string, t: Messages): number {
  const year = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(year) || year < 1) throw new CliError(t.badYear(value));
  return year;
}
