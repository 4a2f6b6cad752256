// Shared domain vocabulary: canonical ids (RULES.md §2–§3, §6) and the plan / practice input of the engine.
import * as z from 'zod';
import type { MessageKey } from './i18n/index.js';

export const REGIONS = ['hoog', 'eemland', 'cohaesie', 'rijn-en-duin'] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

/** Subregions per region (RULES.md §3; HOOG 000 §2.7–2.8). */
export const SUBREGIONS: Record<Region, readonly string[]> = {
  hoog: ['apeldoorn', 'zutphen', 'oost-achterhoek'],
  eemland: [],
  cohaesie: [],
  'rijn-en-duin': [],
};

export const ELEMENTS = ['awp', 'gg', 'sn', 'upc'] as const;
export const Element = z.enum(ELEMENTS);
export type Element = z.infer<typeof Element>;

export const INTERVENTION_IDS = [
  'awp.regie-veelgebruikers',
  'awp.triage-training',
  'awp.lean',
  'awp.taakherschikking',
  'awp.flexibele-consultduur',
  'awp.beeldbellen',
  'awp.ehealth',
  'awp.time-out-verwijzingen',
  'awp.3-gesprekken',
  'awp.m365',
  'awp.digitaliseringscoach',
  'awp.aanmeldzuil',
  'awp.digitale-tools',
  'gg.positieve-gezondheid',
  'gg.positieve-gezondheid-verrijking',
  'gg.oplossingsgericht',
  'gg.solk-alk',
  'gg.praktijk-patient-regie',
  'gg.consultvoorbereidende-vragenlijsten',
  'gg.intervisie-verwijsgedrag',
  'gg.intervisie-diagnostiek',
  'sn.welzijn-op-recept',
  'sn.wijkteam',
  'sn.meekijkconsult',
  'sn.mdo',
  'sn.burgerinitiatieven',
  'upc.uitbreiding',
  'upc.soh-opleiding',
  'upc.poh-ouderen',
  'upc.bbl-doktersassistent',
  'upc.praktijkmanagement',
] as const;
export const InterventionId = z.enum(INTERVENTION_IDS);
export type InterventionId = z.infer<typeof InterventionId>;

const ELEMENT_BY_PREFIX: ReadonlyMap<string, Element> = new Map(ELEMENTS.map((e) => [e, e]));

export function elementOf(id: string): Element | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? ELEMENT_BY_PREFIX.get(id.slice(0, dot)) : undefined;
}

export const METRICS = [
  'wor-referrals',
  'network-patients',
  'video-consults',
  'selfmeasurement-patients',
  'frequent-attender-plans',
  'soh-hours-per-week',
  'meekijkconsults',
  'welfare-meetings',
  'portal-users',
  'meedenkconsults',
] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

export const FUNDING_SCHEMES = [
  'tbhz',
  'regioprestatie',
  'resultaatbeloning',
  'subsidie',
  'achterstandsfonds',
  'zorgprogramma',
  'ict-programma',
] as const;
export const FundingScheme = z.enum(FUNDING_SCHEMES);
export type FundingScheme = z.infer<typeof FundingScheme>;

export const FUNDING_PROJECTS = ['zelfmetingen', 'online-spreekuur', 'beeldbellen'] as const;

/**
 * A calendar date as `YYYY-MM-DD` that exists (no 2025-02-30). The issue messages are catalog keys
 * (rules/i18n), which the CLI shows in the user's language (rules/cli/issues.ts).
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'cli.issue.dateFormat' satisfies MessageKey)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'cli.issue.dateExists' satisfies MessageKey);
export type IsoDate = string;

export const OtherFunding = z.strictObject({
  scheme: FundingScheme,
  intervention: z.string().optional(),
  project: z.string().optional(),
});
export type OtherFunding = z.infer<typeof OtherFunding>;

export const PlannedIntervention = z.strictObject({
  id: z.string().min(1),
  deepening: z.boolean().optional(),
  justification: z.string().optional(),
  /** The route the practice took where the offer has routes (000 §2.4–2.5 SOH or PA/VS; 000 §2.8 Zelfmetingen en/of Online Spreekuur). */
  route: z.string().min(1).optional(),
});
export type PlannedIntervention = z.infer<typeof PlannedIntervention>;

export const PlanYear = z.strictObject({
  year: z.number().int().min(1).max(10),
  interventions: z.array(PlannedIntervention),
});
export type PlanYear = z.infer<typeof PlanYear>;

const planFields = {
  region: Region,
  subregion: z.string().optional(),
  startDate: IsoDate,
  ruleSetVersion: z.string().optional(),
  normpraktijken: z.number().positive().max(50).optional(),
  otherFunding: z.array(OtherFunding).optional(),
  years: z.array(PlanYear),
};

/** Input of `check` (RULES.md §6 `mtvp check`). Unknown keys are tolerated so a practice file checks too. */
export const Plan = z.object(planFields);
export type Plan = z.infer<typeof Plan>;

export const IntervisieSession = z.object({
  date: IsoDate,
  minutes: z.number().int().positive().optional(),
  gpsPresent: z.number().int().min(0).optional(),
  participants: z.number().int().min(0).optional(),
  /** Which GPs of the practice attended: staff names or initials, never patients (000 §6.1 counts per GP). */
  gpsAttending: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
});
export type IntervisieSession = z.infer<typeof IntervisieSession>;

export const CountEntry = z.object({
  metric: Metric,
  from: IsoDate,
  to: IsoDate,
  value: z.number().min(0),
});
export type CountEntry = z.infer<typeof CountEntry>;

/** A milestone the practice marked done (issue 9 §4): when and by whom (staff), an optional note; never patient data. */
export const MilestoneDone = z.strictObject({
  id: z.string().min(1),
  done: IsoDate,
  /** The programme year a yearly milestone covers; by default the year the date falls in. */
  year: z.number().int().min(1).max(10).optional(),
  by: z.string().trim().min(1).max(80).optional(),
  note: z.string().max(500).optional(),
});
export type MilestoneDone = z.infer<typeof MilestoneDone>;

/** Input of `status` (RULES.md §6 `mtvp status`): the plan plus logged facts. */
export const PracticeFacts = z.object({
  ...planFields,
  firstInterventionStart: IsoDate.optional(),
  gps: z.number().int().min(1).optional(),
  praktijkplanSubmitted: IsoDate.optional(),
  intervisie: z.array(IntervisieSession).default([]),
  counts: z.array(CountEntry).default([]),
  milestones: z.array(MilestoneDone).optional(),
});
export type PracticeFacts = z.infer<typeof PracticeFacts>;

export const Locale = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof Locale>;

export type Severity = 'error' | 'warning' | 'info';
export const FINDING_KINDS = [
  'unknown-intervention',
  'not-offered',
  'excluded',
  'min-count',
  'must-continue',
  'must-add',
  'justification-required',
  'prerequisite',
  'no-rho-support',
  'needs-approval',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  ruleId: string;
  severity: Severity;
  element?: Element;
  year?: number;
  intervention?: string;
  message: string;
  source: string;
  /** The version (`region@version`) whose rule produced this finding: the version of the finding's year. */
  ruleSet?: string;
}

/** Which rule-set version decides one programme year (issue 9 §2): the one in force on the year's first day. */
export interface YearVersion {
  year: number;
  yearStart: IsoDate;
  ruleSet: string;
}

export interface CheckResult {
  ok: boolean;
  /** The version of the plan's last year (the year being planned); `versions` has every year's. */
  ruleSet: string;
  versions: YearVersion[];
  findings: Finding[];
}

/** The period a threshold counts over (issue 9 §1): each programme year, the 12 months up to a date, the whole programme, a calendar year. */
export const PERIOD_KINDS = ['programme-year', 'rolling-12-months', 'programme', 'calendar-year'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** The period a status item belongs to: `from` up to and including `to`. */
export interface StatusPeriod {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** The programme year, for a programme-year period. */
  year?: number;
}

export type StatusKind = 'intervisie-count' | 'intervisie-first' | 'praktijkplan-deadline' | 'threshold';
export type StatusState = 'met' | 'on-track' | 'at-risk' | 'missed' | 'not-applicable';

export interface StatusItem {
  kind: StatusKind;
  status: StatusState;
  ruleId: string;
  metric?: Metric;
  intervention?: string;
  value?: number;
  target?: number;
  /** Share of the period elapsed on `asOf` (0–1), for pro-rata progress bars. */
  expectedShare?: number;
  due?: IsoDate;
  /** The period the item belongs to; an earlier period stays listed while it is missed. */
  period?: StatusPeriod;
  /** The route a threshold belongs to (000 §2.4–2.5, §2.8). */
  route?: string;
  /** Sessions per GP where the region counts per GP (000 §6.1), by the names logged. */
  perGp?: { gp: string; value: number }[];
  /** A monitoring figure without a target (issue 13 §1): a rise against the period before, or a figure to show. */
  measure?: 'trend' | 'tally';
  /** The period before, for a trend (or the first figure of this period, the baseline of a stock). */
  previous?: number;
  /** The rise the seed names, in percent of `previous`. */
  risePercent?: number;
  message: string;
  source: string;
}

/** A milestone on asOf (issue 9 §4): its deadline (`due`), or `from` when the seed gives none, and when it was done. */
export interface MilestoneStatus {
  id: string;
  name: string;
  status: StatusState;
  due?: IsoDate;
  from?: IsoDate;
  year?: number;
  /** Evidence of this chosen intervention's minimum requirement (004 B.1–B.2). */
  intervention?: string;
  /** The evidence's last valid day where the seed limits it ("in de afgelopen drie jaar"). */
  validUntil?: IsoDate;
  done?: IsoDate;
  by?: string;
  message: string;
  source: string;
}

export interface StatusResult {
  asOf: IsoDate;
  programmeYear: number;
  ruleSet: string;
  items: StatusItem[];
  /** The region's milestones (rule set `milestones`); apart from `items`, whose kinds RULES.md §6 fixes. */
  milestones: MilestoneStatus[];
}

export interface Suggestion {
  id: InterventionId;
  name: string;
  element: Element;
  score: number;
  why: string;
  support: string;
  condition: string;
  cost: string;
  /** The open requirement of the given plan this suggestion would satisfy, if any. */
  fills?: string;
  source: string;
}
