// Form to log one intervisie session (issue 4 §4); re-shown with errors and what was entered.
import * as z from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, EditTarget, errorBlock, InputDate, labelsOf, saveData, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/log-intervisie.card.json' with { type: 'json' };

const entered = z.union([z.string(), z.number()]).transform(String).optional();

export const LogIntervisieCardData = z.object({
  ...baseFields,
  /** The practice's number of GPs, shown as a hint. */
  gps: z.number().int().min(1).optional(),
  values: z
    .object({
      date: entered,
      minutes: entered,
      gpsPresent: entered,
      participants: entered,
      gpsAttending: entered,
      topic: entered,
      note: entered,
    })
    .default({}),
  errors: SubmitErrors,
  edit: EditTarget,
});
export type LogIntervisieCardInput = z.input<typeof LogIntervisieCardData>;

const LABELS = {
  intervisieTitle: 'intervisie.title',
  fieldDate: 'intervisie.field.date',
  pickDate: 'common.pickDate',
  fieldMinutes: 'intervisie.field.minutes',
  fieldGpsPresent: 'intervisie.field.gpsPresent',
  fieldParticipants: 'intervisie.field.participants',
  fieldTopic: 'intervisie.field.topic',
  fieldNote: 'intervisie.field.note',
  fieldGpsAttending: 'intervisie.field.gpsAttending',
  save: 'common.save',
  cancel: 'common.cancel',
  phMinutes: 'placeholder.minutes',
  phGpsPresent: 'placeholder.gpsPresent',
  phParticipants: 'placeholder.participants',
  phGpsAttending: 'placeholder.gpsAttending',
  phTopic: 'placeholder.topic',
  phOptional: 'placeholder.optional',
} as const;

interface LogIntervisieView {
  t: Labels<typeof LABELS>;
  cardId: string;
  title: string;
  saveData: Readonly<Record<string, string>>;
  hint: { text: string }[];
  errors: { title: string; lines: string }[];
  v: Record<'date' | 'minutes' | 'gpsPresent' | 'participants' | 'gpsAttending' | 'topic' | 'note', string>;
}

export const logIntervisieTemplate = prepareTemplate<LogIntervisieView>(tpl);

export function logIntervisieView(input: LogIntervisieCardInput): LogIntervisieView {
  const d = LogIntervisieCardData.parse(input);
  const v = d.values;
  const date = v.date !== undefined && InputDate.safeParse(v.date).success ? v.date : '';
  return {
    t: labelsOf(d.locale, LABELS),
    cardId: d.cardId,
    title: t(d.locale, d.edit === undefined ? 'intervisie.title' : 'entries.editIntervisieTitle'),
    saveData: saveData(d.cardId, 'logIntervisie', d.edit),
    hint: d.gps === undefined ? [] : [{ text: t(d.locale, 'intervisie.hint', { gps: d.gps }) }],
    errors: errorBlock(d.errors, d.locale),
    v: {
      date,
      minutes: v.minutes ?? '',
      gpsPresent: v.gpsPresent ?? '',
      participants: v.participants ?? '',
      gpsAttending: v.gpsAttending ?? '',
      topic: v.topic ?? '',
      note: v.note ?? '',
    },
  };
}

export function renderLogIntervisieCard(input: LogIntervisieCardInput): AdaptiveCardJson {
  return logIntervisieTemplate.render(logIntervisieView(input));
}
