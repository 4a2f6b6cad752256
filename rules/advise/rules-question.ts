// A rules question to the advisor ("Hoeveel intervisiebijeenkomsten moeten we per jaar doen?", "Mag ik het
// meekijkconsult kiezen?", issue 9 §5) is answered from the rule set, with its source, instead of with an unrelated
// intervention. Whether an intervention may be chosen is asked of the engine itself, so the answer never disagrees
// with `mtvp check` (regional exclusions, the practice's other funding, the year it is offered from).
import { check } from '../engine.js';
import { elementName, interventionName, regionName, t, type PlainKey } from '../i18n/index.js';
import type { Element, InterventionId, Locale, Plan } from '../model.js';
import { formatSource, ruleSetId, type Rule, type RuleOf, type RuleSet, type Source } from '../schema.js';
import { namedInterventions, words } from './named.js';

export type RulesTopic = 'intervisie' | 'praktijkplan' | 'choose' | 'minimum';
export type ChooseVerdict = 'yes' | 'yes-without-support' | 'needs-approval' | 'no';

/** The answer to a rules question: a sentence from the rule set, where it says so, and the verbatim quote if any. */
export interface RulesAnswer {
  topic: RulesTopic;
  /** Rule set the answer comes from, e.g. `hoog@2024`. */
  ruleSet: string;
  year: number;
  intervention?: InterventionId;
  verdict?: ChooseVerdict;
  text: string;
  source: string;
  quote?: string;
}

export interface RulesQuestion {
  topic: RulesTopic;
  intervention?: InterventionId;
  year?: number;
}

/** Dutch, then English (issue 13 §2: the question in the user's own words, in either language). */
const QUESTION_START = new Set(
  [
    'hoeveel hoe hoelang mag mogen moet moeten kan kunnen kun wanneer wat welke wie is zijn telt tellen geldt gelden waarom klopt zit valt vallen hoort',
    'how may can could must should when what which who is are does do why',
  ]
    .join(' ')
    .split(' '),
);
const CHOOSE_WORDS = new Set(
  [
    'mag mogen kiezen kies gekozen opvoeren meetellen telt tellen toegestaan aangeboden aanbod ondersteund ondersteunt waarom inzetten doen',
    'may can choose pick chosen allowed permitted count counts offered supported why',
  ]
    .join(' ')
    .split(' '),
);
const AMOUNT_WORDS = new Set(
  'hoeveel minimaal minimum minstens verplicht verplichte vaak keer aantal many least required mandatory often'.split(' '),
);
const INTERVENTION_WORDS = new Set([
  'interventie',
  'interventies',
  'kernelement',
  'kernelementen',
  'groeimodel',
  'intervention',
  'interventions',
]);
/** "Wat zijn de regels?": the year's minimum, from the rule set ("voldoen we aan de eisen?" is the status). */
const RULE_WORDS = new Set(['regel', 'regels', 'voorwaarden', 'rule', 'rules', 'conditions']);
/** "Hoe log ik intervisie?" asks for the form (the log intent), not for the rule. */
const LOG_WORDS = new Set('log loggen vastleggen invoeren invullen registreren doorgeven bijhouden record enter'.split(' '));
const INTERVISIE_INTERVENTIONS: ReadonlySet<string> = new Set(['gg.intervisie-verwijsgedrag', 'gg.intervisie-diagnostiek']);

/** What the question asks about the rules, or undefined for a problem description (the usual advice). */
export function rulesQuestion(question: string): RulesQuestion | undefined {
  const tokens = words(question);
  const asks = question.includes('?') || QUESTION_START.has(tokens[0] ?? '');
  if (!asks) return undefined;
  const year = /\b(?:jaar|year)\s*(\d{1,2})\b/.exec(question.toLowerCase())?.[1];
  const inYear = year === undefined ? {} : { year: Number(year) };
  const named = namedInterventions(question);
  const has = (set: ReadonlySet<string>) => tokens.some((w) => set.has(w));
  if (has(LOG_WORDS)) return undefined;

  if (tokens.some((w) => w.startsWith('intervisie')) && !named.some((id) => INTERVISIE_INTERVENTIONS.has(id))) {
    return { topic: 'intervisie', ...inYear };
  }
  if (tokens.some((w) => w.startsWith('praktijkplan'))) return { topic: 'praktijkplan', ...inYear };
  const [first] = named;
  if (first !== undefined && has(CHOOSE_WORDS)) return { topic: 'choose', intervention: first, ...inYear };
  if (has(AMOUNT_WORDS) && has(INTERVENTION_WORDS)) return { topic: 'minimum', ...inYear };
  if (has(RULE_WORDS)) return { topic: 'minimum', ...inYear };
  return undefined;
}

export interface AnswerContext {
  ruleSet: RuleSet;
  year: number;
  /** The practice's plan (with its subregion and other funding), or a plan with no years for the bare question. */
  plan: Plan;
  locale: Locale;
}

const sentences = (...parts: (string | undefined)[]): string =>
  parts
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map((p) => p.trim())
    .join(' ');

function withQuote(source: Source): { quote?: string } {
  return source.quote === undefined ? {} : { quote: source.quote };
}

function rulesOf<K extends Rule['kind']>(set: RuleSet, kind: K): RuleOf<K>[] {
  return set.rules.filter((r): r is RuleOf<K> => r.kind === kind);
}

function answerIntervisie(ctx: AnswerContext, base: Omit<RulesAnswer, 'text' | 'source'>): RulesAnswer {
  const { ruleSet, locale } = ctx;
  const region = regionName(ruleSet.region, locale);
  const [rule] = rulesOf(ruleSet, 'intervisie');
  const [first] = rulesOf(ruleSet, 'intervisie-first');
  if (!rule) return { ...base, text: t(locale, 'advise.answer.intervisieNone', { region }), source: formatSource(ruleSet.source) };
  const text = sentences(
    rule.perYear === undefined
      ? t(locale, 'advise.answer.intervisieRequired', { region })
      : t(locale, 'advise.answer.intervisiePerYear', { region, perYear: rule.perYear }),
    rule.minMinutes === undefined ? undefined : t(locale, 'advise.answer.intervisieMinutes', { minutes: rule.minMinutes }),
    rule.allGps ? t(locale, 'advise.answer.intervisieAllGps') : undefined,
    first ? t(locale, 'advise.answer.intervisieFirst', { months: first.monthsAfterFirstIntervention }) : undefined,
    rule.note,
  );
  const source = [formatSource(rule.source, rule.seeAlso ?? []), ...(first ? [formatSource(first.source)] : [])].join('; ');
  return { ...base, text, source, ...withQuote(rule.source) };
}

function answerPraktijkplan(ctx: AnswerContext, base: Omit<RulesAnswer, 'text' | 'source'>): RulesAnswer {
  const { ruleSet, locale } = ctx;
  const region = regionName(ruleSet.region, locale);
  const [rule] = rulesOf(ruleSet, 'praktijkplan-deadline');
  if (!rule) return { ...base, text: t(locale, 'advise.answer.praktijkplanNone', { region }), source: formatSource(ruleSet.source) };
  const text = sentences(t(locale, 'advise.answer.praktijkplan', { region, months: rule.monthsAfterStart }), rule.note);
  return { ...base, text, source: formatSource(rule.source, rule.seeAlso ?? []), ...withQuote(rule.source) };
}

function minimumLine(rule: Rule, year: number, locale: Locale): string | undefined {
  const name = (e: Element) => elementName(e, locale);
  switch (rule.kind) {
    case 'min-count':
      return rule.year === year ? t(locale, 'advise.answer.minimumCount', { element: name(rule.element), min: rule.min }) : undefined;
    case 'must-add':
      return rule.year === year
        ? t(locale, 'advise.answer.minimumAdd', { element: name(rule.element), previousYear: year - 1 })
        : undefined;
    case 'must-continue':
      return rule.fromYear <= year && year <= (rule.toYear ?? Number.POSITIVE_INFINITY)
        ? t(locale, 'advise.answer.minimumContinue', { element: name(rule.element), previousYear: year - 1 })
        : undefined;
    case 'new-or-deepening':
      return rule.fromYear <= year
        ? t(locale, 'advise.answer.minimumNewOrDeepening', { elements: rule.elements.map(name).join(', ') })
        : undefined;
    default:
      return undefined;
  }
}

function answerMinimum(ctx: AnswerContext, base: Omit<RulesAnswer, 'text' | 'source'>): RulesAnswer {
  const { ruleSet, locale, year } = ctx;
  const region = regionName(ruleSet.region, locale);
  const lines = ruleSet.rules.flatMap((r) => {
    const line = minimumLine(r, year, locale);
    return line === undefined ? [] : [{ line, source: formatSource(r.source) }];
  });
  if (lines.length === 0)
    return { ...base, text: t(locale, 'advise.answer.minimumNone', { region, year }), source: formatSource(ruleSet.source) };
  return {
    ...base,
    text: t(locale, 'advise.answer.minimum', { region, year, list: lines.map((l) => l.line).join('; ') }),
    source: [...new Set(lines.map((l) => l.source))].join('; '),
  };
}

function withIntervention(plan: Plan, year: number, id: string): Plan {
  const has = plan.years.some((y) => y.year === year);
  const years = has
    ? plan.years.map((y) => (y.year === year ? { ...y, interventions: [...y.interventions.filter((i) => i.id !== id), { id }] } : y))
    : [...plan.years, { year, interventions: [{ id }] }];
  return { ...plan, years };
}

const VERDICT_OF: Readonly<Record<string, ChooseVerdict>> = {
  'unknown-intervention': 'no',
  'not-offered': 'no',
  excluded: 'no',
  'needs-approval': 'needs-approval',
  'no-rho-support': 'yes-without-support',
};
const VERDICT_TEXT = {
  no: 'advise.verdict.no',
  'needs-approval': 'advise.verdict.needsApproval',
  'yes-without-support': 'advise.verdict.withoutSupport',
  yes: 'advise.verdict.yes',
} as const satisfies Record<ChooseVerdict, PlainKey>;
const VERDICT_ORDER: readonly ChooseVerdict[] = ['no', 'needs-approval', 'yes-without-support', 'yes'];

function answerChoose(ctx: AnswerContext, id: InterventionId, base: Omit<RulesAnswer, 'text' | 'source'>): RulesAnswer {
  const { ruleSet, locale, year, plan } = ctx;
  const region = regionName(ruleSet.region, locale);
  const name = interventionName(id, locale);
  const offer = ruleSet.offers.find((o) => o.id === id);
  const findings = check(withIntervention(plan, year, id), { ruleSet, locale }).findings.filter((f) => f.intervention === id);
  const decisive = findings
    .filter((f) => VERDICT_OF[f.kind] !== undefined)
    .sort((a, b) => VERDICT_ORDER.indexOf(VERDICT_OF[a.kind]!) - VERDICT_ORDER.indexOf(VERDICT_OF[b.kind]!))[0];
  const others = findings.filter((f) => f !== decisive && f.kind === 'prerequisite').map((f) => f.message);
  const chosen = { ...base, intervention: id };
  if (decisive) {
    const verdict = VERDICT_OF[decisive.kind]!;
    const rule = ruleSet.rules.find((r) => r.id === decisive.ruleId);
    const fromOffer = offer && decisive.ruleId.startsWith(`offer.${id}`);
    // The offer's own condition says it in the seed's words ("Niet te kiezen: dubbelloop in financiering.").
    const condition = fromOffer && offer.status === 'excluded' ? offer.condition.text : undefined;
    const quote = rule?.source.quote ?? (fromOffer ? offer.source.quote : undefined);
    return {
      ...chosen,
      verdict,
      text: sentences(t(locale, VERDICT_TEXT[verdict]), decisive.message, condition, ...others),
      source: decisive.source,
      ...(quote === undefined ? {} : { quote }),
    };
  }
  if (!offer)
    return {
      ...chosen,
      verdict: 'no',
      text: t(locale, 'advise.answer.notInRuleSet', { name, region }),
      source: formatSource(ruleSet.source),
    };
  const condition = offer.condition.text.trim();
  return {
    ...chosen,
    verdict: 'yes',
    text: sentences(
      t(locale, 'advise.answer.yes', { name, region, year }),
      condition === '' ? undefined : t(locale, 'advise.answer.condition', { condition }),
      ...others,
    ),
    source: formatSource(offer.source),
    ...withQuote(offer.source),
  };
}

/** The rule set's answer to a detected rules question. */
export function answerRulesQuestion(q: RulesQuestion, ctx: AnswerContext): RulesAnswer {
  const base = { topic: q.topic, ruleSet: ruleSetId(ctx.ruleSet), year: ctx.year };
  switch (q.topic) {
    case 'intervisie':
      return answerIntervisie(ctx, base);
    case 'praktijkplan':
      return answerPraktijkplan(ctx, base);
    case 'minimum':
      return answerMinimum(ctx, base);
    case 'choose':
      return q.intervention === undefined ? answerMinimum(ctx, base) : answerChoose(ctx, q.intervention, base);
  }
}
