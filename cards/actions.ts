// Every card button's verb and its payload schema (STYLE.md §3), and parseSubmit for what Teams sends back.
import { z } from 'zod';
import { ELEMENTS, INTERVENTION_IDS, InterventionId, METRICS, REGIONS, SUBREGIONS, type Locale, type OtherFunding } from '../rules/model.js';
import {
  choice, csvList, dateInput, decimalNumber, err, freeText, optionalDateInput, optionalFreeText, optionalText, requiredText, wholeNumber,
} from './fields.js';
import { errorText, fieldName, isErrorKey } from './i18n/submit.js';
import { ELEMENT_CHOICES, NO_SUBREGION, PRESSURE_POINTS, TEAM_SIZES, parseFundingValue } from './options.js';

const cardId = z.uuid(err('invalid'));
const act = <V extends string, S extends z.ZodRawShape>(verb: V, shape: S) =>
  z.object({ verb: z.literal(verb), cardId, ...shape });

const ALL_SUBREGIONS = Object.values(SUBREGIONS).flat();
const subregion = z.preprocess(
  (v) => (v === '' || v === NO_SUBREGION || v === undefined ? undefined : v),
  z.string().refine((s) => ALL_SUBREGIONS.includes(s), { error: 'choice' }).optional(),
);
const startQuarter = dateInput.refine((iso) => /^\d{4}-(01|04|07|10)-01$/.test(iso), { error: 'quarter' });
const funding = csvList.transform((values, ctx): OtherFunding[] => {
  const out: OtherFunding[] = [];
  for (const v of values) {
    const parsed = parseFundingValue(v);
    if (parsed === undefined) ctx.addIssue({ code: 'custom', message: 'choice', input: v });
    else out.push(parsed);
  }
  return out;
});
const year = wholeNumber(1, 10, 'year');

/** Commands that need a practice; after picking one in personal chat, the one the user asked for runs (dialogs/ COMMAND). */
export const RESUMABLE_COMMANDS = ['chooseInterventions', 'advise', 'logIntervisie', 'logCounts', 'status', 'plan'] as const;
export type ResumableCommand = (typeof RESUMABLE_COMMANDS)[number];
const interventionIds = csvList.pipe(z.array(z.enum(INTERVENTION_IDS, { error: 'intervention' })));

export const LinkPracticeAction = act('linkPractice', {
  name: requiredText(120),
  agb: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v), requiredText(8).pipe(z.string().regex(/^\d{8}$/, { error: 'agb' }))),
  region: choice(REGIONS),
  subregion,
  startQuarter,
  normpraktijken: decimalNumber(0.1, 10, 'normpraktijken'),
  gps: wholeNumber(1, 50, 'gps'),
  firstInterventionStart: optionalDateInput,
  funding,
}).superRefine((a, ctx) => {
  if (a.subregion !== undefined && !SUBREGIONS[a.region].includes(a.subregion)) {
    ctx.addIssue({ code: 'custom', path: ['subregion'], message: 'choice', input: a.subregion });
  }
});

export const LogIntervisieAction = act('logIntervisie', {
  date: dateInput,
  minutes: wholeNumber(30, 480, 'minutes'),
  gpsPresent: wholeNumber(0, 50, 'gpsPresent'),
  participants: wholeNumber(1, 100, 'participants'),
  topic: freeText(200),
  note: optionalFreeText(1000),
}).superRefine((a, ctx) => {
  if (a.participants < a.gpsPresent) ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants', input: a.participants });
});

export const LogCountAction = act('logCount', {
  metric: choice(METRICS),
  from: dateInput,
  to: dateInput,
  value: wholeNumber(0, 100_000, 'count'),
}).superRefine((a, ctx) => {
  if (a.to < a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period', input: a.to });
});

export const CardAction = z.discriminatedUnion('verb', [
  act('help', {}),
  act('cancel', {}),
  act('startLink', {}),
  act('startLinkConsultant', {}),
  LinkPracticeAction,
  act('linkConsultantChannel', { region: choice(REGIONS) }),
  act('startChoose', { year: year.optional() }),
  act('chooseInterventions', {
    year,
    element: choice(ELEMENTS),
    nav: choice(['next', 'back']),
    selected: interventionIds,
    justifications: z.partialRecord(InterventionId, optionalFreeText(2000), { error: 'intervention' }).default({}),
  }),
  act('savePlan', { year }),
  act('editPlan', { year }),
  act('startAdvice', {}),
  act('adviceAnswers', {
    pressure: csvList.pipe(z.array(z.enum(PRESSURE_POINTS), { error: 'choice' }).min(1, { error: 'required' })),
    teamSize: choice(TEAM_SIZES),
    element: choice(ELEMENT_CHOICES),
    question: optionalFreeText(500),
  }),
  act('addSuggestion', { id: z.enum(INTERVENTION_IDS, err('intervention')), year }),
  act('startLogIntervisie', {}),
  LogIntervisieAction,
  act('startLogCounts', {}),
  LogCountAction,
  act('openStatus', {}),
  act('openPlan', { year: year.optional() }),
  act('markPraktijkplanSubmitted', { date: optionalDateInput }),
  act('selectPractice', {
    practiceId: z.preprocess((v) => (v === '' ? undefined : v), z.string(err('choice')).regex(/^\d{8}$/, { error: 'choice' })),
    then: z.enum(RESUMABLE_COMMANDS).optional(),
    args: optionalText(500),
  }),
]);
export type CardAction = z.infer<typeof CardAction>;
export type Verb = CardAction['verb'];
export type ActionOf<V extends Verb> = Extract<CardAction, { verb: V }>;

export const VERBS: readonly Verb[] = CardAction.options.map((o) => o.shape.verb.value);

export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERBS as readonly string[]).includes(v);
}

export interface SubmitError {
  field: string;
  message: string;
}
export type SubmitResult =
  | { ok: true; action: CardAction }
  | { ok: false; verb?: Verb; cardId?: string; errors: SubmitError[] };

const JUSTIFICATION_PREFIX = 'justification:';
/** Input id of the justification field for a deepening of `id` on the choose-element card. */
export const justificationInputId = (id: string) => `${JUSTIFICATION_PREFIX}${id}`;

/** Moves `justification:<id>` inputs into one `justifications` record. */
function normalise(raw: Record<string, unknown>): Record<string, unknown> {
  const justifications: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(JUSTIFICATION_PREFIX)) justifications[key.slice(JUSTIFICATION_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return Object.keys(justifications).length > 0 ? { ...rest, justifications } : rest;
}

function message(field: string, key: string, locale: Locale): string {
  const name = field.startsWith(JUSTIFICATION_PREFIX)
    ? `${fieldName('justification', locale)} (${field.slice(JUSTIFICATION_PREFIX.length)})`
    : fieldName(field, locale);
  return `${name}: ${errorText(isErrorKey(key) ? key : 'invalid', locale)}`;
}

/** Parses an Action.Submit value (activity.value) into a typed action, or field errors in the user's language. */
export function parseSubmit(value: unknown, locale: Locale = 'nl'): SubmitResult {
  const raw = z.record(z.string(), z.unknown()).safeParse(value);
  if (!raw.success || !isVerb(raw.data.verb)) {
    return { ok: false, errors: [{ field: 'verb', message: message('verb', 'unknownVerb', locale) }] };
  }
  const verb = raw.data.verb;
  const cardIdValue = typeof raw.data.cardId === 'string' ? raw.data.cardId : undefined;
  const parsed = CardAction.safeParse(normalise(raw.data));
  if (parsed.success) return { ok: true, action: parsed.data };
  const errors: SubmitError[] = [];
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field = first === 'justifications' && typeof second === 'string' ? justificationInputId(second) : String(first ?? 'verb');
    if (errors.some((e) => e.field === field)) continue;
    errors.push({ field, message: message(field, issue.message, locale) });
  }
  return { ok: false, verb, ...(cardIdValue === undefined ? {} : { cardId: cardIdValue }), errors };
}
