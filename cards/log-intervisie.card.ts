// Form to log one intervisie session (issue 4 §4); re-shown with errors and what was entered.
import { z } from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, fill, InputDate, labels, SubmitErrors, type Labels } from './shared.js';
import tpl from './templates/log-intervisie.card.json' with { type: 'json' };

const entered = z.union([z.string(), z.number()]).transform(String).optional();

export const LogIntervisieCardData = z.object({
  ...baseFields,
  /** The practice's number of GPs, shown as a hint. */
  gps: z.number().int().min(1).optional(),
  /** Latest selectable date (today, Europe/Amsterdam) as yyyy-mm-dd; the dialog checks it too. */
  maxDate: InputDate,
  values: z
    .object({ date: entered, minutes: entered, gpsPresent: entered, participants: entered, topic: entered, note: entered })
    .default({}),
  errors: SubmitErrors,
});
export type LogIntervisieCardInput = z.input<typeof LogIntervisieCardData>;

interface LogIntervisieView {
  t: Labels;
  cardId: string;
  max: string;
  hint: { text: string }[];
  errors: { title: string; lines: string }[];
  v: Record<'date' | 'minutes' | 'gpsPresent' | 'participants' | 'topic' | 'note', string>;
}

export const logIntervisieTemplate = prepareTemplate<LogIntervisieView>(tpl);

export function logIntervisieView(input: LogIntervisieCardInput): LogIntervisieView {
  const d = LogIntervisieCardData.parse(input);
  const t = labels(d.locale);
  const v = d.values;
  const date = v.date !== undefined && InputDate.safeParse(v.date).success ? v.date : '';
  return {
    t,
    cardId: d.cardId,
    max: d.maxDate,
    hint: d.gps === undefined ? [] : [{ text: fill(t.intervisieHint, { gps: d.gps }) }],
    errors: errorBlock(d.errors, t),
    v: { date, minutes: v.minutes ?? '', gpsPresent: v.gpsPresent ?? '', participants: v.participants ?? '', topic: v.topic ?? '', note: v.note ?? '' },
  };
}

export function renderLogIntervisieCard(input: LogIntervisieCardInput): AdaptiveCardJson {
  return logIntervisieTemplate.render(logIntervisieView(input));
}
