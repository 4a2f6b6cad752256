// Rule-set schema (STYLE.md §4): one validated JSON file per region and version under rules/sets/.
// Rules are a discriminated union on `kind`; every rule and every offer carries a `source`. Its own issue messages
// are catalog keys (rules/i18n "ruleSet.issue.*", with `params`), shown in the reader's language by issueText().
import * as z from 'zod';
import type { MessageKey } from './i18n/index.js';
import { Element, FundingScheme, InterventionId, IsoDate, Metric, PeriodKind, Region } from './model.js';

export const SEED_DOCS = ['000', '001', '002', '003', '004'] as const;

export const Source = z.strictObject({
  doc: z.enum(SEED_DOCS),
  section: z.string().min(1),
  quote: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

/** A source whose quote is required: the sentence a reading rests on. */
export const QuotedSource = Source.extend({ quote: z.string().min(1) });

/**
 * Where the seed text is ambiguous: the reading we encode, the alternative, and its own source (doc, section, quote;
 * issue 9 §3). Versions published before issue 9 carry only a bare `quote`; they stay readable as they were
 * (published files are immutable), and every version in force carries `source` (test/rules/rule-sets.test.ts).
 */
export const Reading = z.union([
  z.strictObject({ chosen: z.string().min(1), alternative: z.string().min(1), source: QuotedSource }),
  z.strictObject({ chosen: z.string().min(1), alternative: z.string().min(1), quote: z.string().min(1) }),
]);
export type Reading = z.infer<typeof Reading>;

const ruleBase = {
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ruleSet.issue.ruleId' satisfies MessageKey),
  source: Source,
  seeAlso: z.array(Source).optional(),
  reading: Reading.optional(),
};

/** Which chosen interventions count towards a minimum: any allowed one, or only those the RHO offers. */
const CountMode = z.enum(['allowed', 'offered']);

export const Threshold = z.strictObject({
  metric: Metric,
  target: z.number().positive(),
  perNormpraktijk: z.boolean(),
  /** `sum` adds the counts logged in the period; `latest` takes the newest value (a rate such as hours/week). */
  aggregate: z.enum(['sum', 'latest']),
  /**
   * The period the target applies to, as the seed states it: `programme-year` ("per jaar"), `rolling-12-months`
   * ("per 12 maanden"), `programme` (no period in the seed: cumulative, never reset), `calendar-year`.
   */
  period: PeriodKind,
  /** Applies only when the practice took this route of the offer (`Offer.routes`); absent = every route. */
  route: z.string().optional(),
  note: z.string().optional(),
  source: Source,
});
export type Threshold = z.infer<typeof Threshold>;

/**
 * A monitoring figure the seed names for an intervention without a number to reach (issue 13 §1): `trend` compares a
 * period with the one before, where the seed asks for a rise ("een structurele stijging van het aantal verwijzingen",
 * 004 §B.3); `tally` is a figure the practice must be able to show ("een uitdraai … van het aantal meekijkconsulten").
 * Neither is ever "missed": a trend without a rise is "let op", a tally without entries is open.
 */
export const Monitor = z.strictObject({
  metric: Metric,
  measure: z.enum(['trend', 'tally']),
  /** `sum` adds the counts of the period; `latest` takes the newest value (a stock such as portal users). */
  aggregate: z.enum(['sum', 'latest']),
  period: PeriodKind,
  /** The rise the seed names, in percent of the period before (001 §6 "neemt na 1 jaar toe met 15%"). */
  risePercent: z.number().positive().optional(),
  note: z.string().optional(),
  source: Source,
  reading: Reading.optional(),
});
export type Monitor = z.infer<typeof Monitor>;

export const Support = z.strictObject({
  level: z.enum(['yes', 'no', 'partial']),
  text: z.string().min(1),
});

/** One way of carrying out an offer, where the seed gives alternatives with their own conditions (000 §2.4–2.5, §2.8). */
export const Route = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ruleSet.issue.ruleId' satisfies MessageKey),
  name: z.string().min(1),
  source: Source,
});
export type Route = z.infer<typeof Route>;

export const Offer = z.strictObject({
  id: InterventionId,
  name: z.string().min(1),
  /**
   * offered: selected by the RHO; allowed: may be chosen on own initiative (no RHO support); excluded: cannot be
   * chosen for MTVP (double funding, integrated elsewhere, financed outside MTVP); not-offered: named in the seed as
   * not taken up by the region (kept so the bot can say why).
   */
  status: z.enum(['offered', 'allowed', 'excluded', 'not-offered']),
  excludedBecause: z.enum(['double-funding', 'integrated', 'outside-mtvp']).optional(),
  integratedInto: InterventionId.optional(),
  /** Programme years in which it may be chosen: from `fromYear`, up to and including `toYear` when given. */
  fromYear: z.number().int().min(1),
  toYear: z.number().int().min(1).optional(),
  support: Support,
  condition: z.strictObject({
    kind: z.enum(['voorwaarde', 'minimale-eis', 'none']),
    text: z.string(),
  }),
  endGoal: z.string().optional(),
  thresholds: z.array(Threshold),
  /** Monitoring figures without a target (issue 13 §1): a rise against the period before, or a count to show. */
  monitoring: z.array(Monitor).optional(),
  /** The routes a practice chooses between; a threshold with a `route` applies only to that route. */
  routes: z.array(Route).min(2).optional(),
  cost: z.string().min(1),
  reason: z.string().min(1),
  /** Also counts as this intervention for the minimum of its element (001 Bijlage B: upc trainings as taakherschikking). */
  alsoCountsAs: InterventionId.optional(),
  /** Continuing this one counts as developing that one further (000 §3.2: verrijking after the basistraining). */
  continues: InterventionId.optional(),
  /** Choosing this counts as developing any of these further (003 §6.2: the year-2 gg offers deepen the year-1 choice). */
  deepens: z.array(InterventionId).min(1).optional(),
  /**
   * Offered only in programme years that start on or after this date (004 B.1 "Per 2026": aanmeldzuil, digitale
   * tools); a year that starts earlier gets `not-offered`.
   */
  availableFrom: IsoDate.optional(),
  /**
   * The seed's own table also allows it from this (earlier) year, against the reading encoded in `fromYear`
   * (Cohaesie 003 §6.2 flexibele consultduur): chosen in those years it counts, with a warning naming both readings.
   */
  disputedFromYear: z.number().int().min(1).optional(),
  source: Source,
  seeAlso: z.array(Source).optional(),
  reading: Reading.optional(),
});
export type Offer = z.infer<typeof Offer>;

/** A dated duty besides interventions that the RHO checks (issue 9 §4), with when it is due. */
export const Milestone = z.strictObject({
  id: ruleBase.id,
  name: z.string().min(1),
  due: z.discriminatedUnion('kind', [
    /** A number of months after the practice's start (0: at entry). */
    z.strictObject({ kind: z.literal('months-after-start'), months: z.number().int().min(0) }),
    /** By the last day of a programme year. */
    z.strictObject({ kind: z.literal('end-of-year'), year: z.number().int().min(1) }),
    /** Once per programme year, by its last day. */
    z.strictObject({ kind: z.literal('each-year') }),
    /** After a programme year, without a deadline in the seed: due from then on, never missed. */
    z.strictObject({ kind: z.literal('after-year'), year: z.number().int().min(1) }),
    /**
     * Evidence of an intervention's minimum requirement (004 B.1–B.2 "moet men een bewijs … kunnen overleggen"): listed
     * while the intervention is in the plan, expected by the end of the first programme year it is chosen for; a
     * training certificate is valid `validYears` after its date ("deelname aan een training in de afgelopen drie jaar
     * is geldig").
     */
    z.strictObject({ kind: z.literal('evidence'), intervention: InterventionId, validYears: z.number().int().min(1).optional() }),
  ]),
  note: z.string().optional(),
  source: Source,
  reading: Reading.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const Rule = z.discriminatedUnion('kind', [
  z.strictObject({
    ...ruleBase,
    kind: z.literal('min-count'),
    element: Element,
    year: z.number().int().min(1),
    min: z.number().int().min(1),
    count: CountMode,
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('must-add'),
    element: Element,
    year: z.number().int().min(2),
    count: CountMode,
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('must-continue'),
    element: Element,
    fromYear: z.number().int().min(2),
    toYear: z.number().int().min(2).optional(),
    /** any: at least one choice of the year before continues; all: every choice continues. */
    mode: z.enum(['any', 'all']),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('new-or-deepening'),
    elements: z.array(Element).min(1),
    fromYear: z.number().int().min(2),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('deepening-justification'),
    fromYear: z.number().int().min(2),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('double-funding'),
    /** Funding entries that match: any of these schemes (absent = any scheme). */
    schemes: z.array(FundingScheme).optional(),
    /** Only for practices in these subregions (absent = every practice of the region). */
    subregions: z.array(z.string()).optional(),
    /** A named project funded elsewhere excludes these interventions (000 §2.7–2.8). */
    projects: z.array(z.strictObject({ project: z.string(), interventions: z.array(InterventionId).min(1) })).optional(),
    /** An entry naming an intervention excludes that same intervention. */
    matchIntervention: z.boolean(),
    /** 001 §4: with more than N TBHZ interventions, moving one to MTVP is possible with the RHO's approval. */
    approvalWhenMoreThan: z
      .strictObject({
        scheme: FundingScheme,
        count: z.number().int().min(1),
        /** How many interventions may move with approval (001 §4 "deze interventie": one); further ones stay excluded. */
        moves: z.number().int().min(1).optional(),
      })
      .optional(),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('prerequisite'),
    intervention: InterventionId,
    /** The basic training in the catalogue, when there is one; otherwise the plan cannot show it and we remind. */
    requires: InterventionId.optional(),
    requirement: z.string().min(1),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('praktijkplan-deadline'),
    monthsAfterStart: z.number().int().min(1),
    note: z.string().optional(),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('intervisie'),
    /** Sessions per programme year; absent = required but the regioplan sets no number. */
    perYear: z.number().int().min(1).optional(),
    minMinutes: z.number().int().min(1).optional(),
    allGps: z.boolean().optional(),
    note: z.string().optional(),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('intervisie-first'),
    monthsAfterFirstIntervention: z.number().int().min(1),
  }),
]);
export type Rule = z.infer<typeof Rule>;
export type RuleOf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

export const RuleSet = z
  .strictObject({
    $schema: z.string().optional(),
    region: Region,
    version: z.string().regex(/^\d{4}(?:\.\d+)?$/, 'ruleSet.issue.version' satisfies MessageKey),
    validFrom: IsoDate,
    name: z.string().min(1),
    rho: z.string().min(1),
    source: Source,
    subregions: z.array(z.string()),
    /**
     * An offered intervention chosen outside its programme years: an error (`not-offered`), or allowed without RHO
     * support and without counting towards a minimum (Cohaesie 003 §6.3).
     */
    outsideOfferedYears: z.strictObject({ treatAs: z.enum(['not-offered', 'allowed']), source: Source }),
    offers: z.array(Offer).min(1),
    rules: z.array(Rule).min(1),
    milestones: z.array(Milestone).optional(),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.offers.forEach((offer, i) => {
      if (seen.has(offer.id))
        ctx.addIssue({
          code: 'custom',
          path: ['offers', i, 'id'],
          message: 'ruleSet.issue.duplicateOffer' satisfies MessageKey,
          params: { id: offer.id },
        });
      seen.add(offer.id);
      if (!offer.id.startsWith(`${offer.id.split('.')[0]}.`)) return;
      if (offer.status === 'excluded' && !offer.excludedBecause)
        ctx.addIssue({ code: 'custom', path: ['offers', i, 'excludedBecause'], message: 'ruleSet.issue.excludedWhy' satisfies MessageKey });
      const routes = new Set((offer.routes ?? []).map((r) => r.id));
      offer.thresholds.forEach((th, j) => {
        if (th.route !== undefined && !routes.has(th.route))
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'thresholds', j, 'route'],
            message: 'status.issue.unknownRoute' satisfies MessageKey,
            params: { route: th.route },
          });
      });
      if (offer.toYear !== undefined && offer.toYear < offer.fromYear)
        ctx.addIssue({ code: 'custom', path: ['offers', i, 'toYear'], message: 'ruleSet.issue.toYear' satisfies MessageKey });
      if (offer.disputedFromYear !== undefined && (offer.disputedFromYear >= offer.fromYear || !offer.reading))
        ctx.addIssue({
          code: 'custom',
          path: ['offers', i, 'disputedFromYear'],
          message: 'check.issue.disputedFromYear' satisfies MessageKey,
        });
    });
    (set.milestones ?? []).forEach((m, i) => {
      if (m.due.kind === 'evidence' && !seen.has(m.due.intervention))
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'due', 'intervention'],
          message: 'ruleSet.issue.evidenceOffer' satisfies MessageKey,
          params: { id: m.due.intervention },
        });
    });
    const ruleIds = new Set<string>();
    set.rules.forEach((rule, i) => {
      if (ruleIds.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: 'ruleSet.issue.duplicateRule' satisfies MessageKey,
          params: { id: rule.id },
        });
      ruleIds.add(rule.id);
    });
  });
export type RuleSet = z.infer<typeof RuleSet>;

export function ruleSetId(set: Pick<RuleSet, 'region' | 'version'>): string {
  return `${set.region}@${set.version}`;
}

export function formatSource(source: Source, seeAlso: readonly Source[] = []): string {
  return [source, ...seeAlso].map((s) => `${s.doc} §${s.section}`).join('; ');
}
