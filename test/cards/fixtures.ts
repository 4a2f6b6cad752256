// Realistic Dutch fixtures for the card tests.
import type { ChooseElementCardInput } from '../../cards/choose-element.card.js';
import type { PickPracticeCardInput } from '../../cards/pick-practice.card.js';
import type { PlanYearInput } from '../../cards/plan-years.js';
import type { StatusCardInput } from '../../cards/status.card.js';
import { CARD_ID } from './card-checks.js';
import type { Finding } from '../../rules/model.js';

export const FINDINGS: Finding[] = [
  {
    kind: 'min-count',
    ruleId: 'hoog.sn.min2.y2',
    severity: 'error',
    element: 'sn',
    year: 2,
    message: 'Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).',
    source: '000 §Samenwerken met het netwerk; 002 §1.4',
  },
  {
    kind: 'no-rho-support',
    ruleId: 'hoog.awp.3g.support',
    severity: 'info',
    element: 'awp',
    year: 1,
    intervention: 'awp.3-gesprekken',
    message: 'HOOG ondersteunt 3-gesprekken niet; je mag het op eigen initiatief kiezen.',
    source: '000 inleiding',
  },
  {
    kind: 'prerequisite',
    ruleId: 'hoog.gg.verrijking',
    severity: 'warning',
    element: 'gg',
    year: 2,
    intervention: 'gg.positieve-gezondheid-verrijking',
    message: 'De verrijkingsworkshop vraagt eerst de basistraining Positieve Gezondheid.',
    source: '000 §3.2',
  },
];

export function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => {
    const f = FINDINGS[i % FINDINGS.length];
    if (f === undefined) throw new Error('fixture');
    return { ...f, ruleId: `${f.ruleId}.${i}` };
  });
}

export const QUARTERS = ['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01', '2024-04-01'];

type Offered = ChooseElementCardInput['interventions'][number];
export const TRIAGE: Offered = {
  id: 'awp.triage-training',
  name: 'Anders triëren d.m.v. triage training',
  support: 'Ja, HOOG organiseert de TOH-cursus',
  condition: 'Minstens 50% van de doktersassistenten volgt de TOH-cursus',
  cost: '~€2.500 per persoon',
  reason: 'Minder onnodige consulten door betere triage aan de telefoon.',
  selected: true,
};
export const LEAN: Offered = {
  id: 'awp.lean',
  name: 'Administratielast verlagen door Lean werken',
  support: 'Ja',
  condition: '≥50% van het personeel volgt de introductieworkshop (4 uur)',
  cost: '~€100 / ~€500 per persoon',
  reason: 'Minder administratie, meer tijd voor de patiënt.',
  deepening: true,
  justification: 'Het tweede team volgt nu ook de *Lean*-training.',
};
export const BEELDBELLEN: Offered = {
  id: 'awp.beeldbellen',
  name: 'Beeldbellen en/of e-mail en/of chatcontact met patiënten',
  support: 'Ja',
  condition: 'Minstens 30 beeldbelconsulten per 12 maanden',
  cost: '€25–50 per normpraktijk per maand',
  reason: 'Korte contacten zonder bezoek aan de praktijk.',
};
export const OFFERED_AWP: Offered[] = [TRIAGE, LEAN, BEELDBELLEN];

export const YEAR_2: PlanYearInput = {
  year: 2,
  interventions: [
    { id: 'awp.triage-training', name: 'Anders triëren d.m.v. triage training' },
    { id: 'awp.lean', name: 'Administratielast verlagen door Lean werken' },
    { id: 'gg.positieve-gezondheid', name: 'Positieve Gezondheid (basistraining)' },
    { id: 'sn.welzijn-op-recept', name: 'Welzijn op Recept' },
  ],
};

export const PLAN_YEARS: PlanYearInput[] = [
  {
    year: 1,
    interventions: [
      { id: 'awp.triage-training', name: 'Anders triëren d.m.v. triage training' },
      { id: 'gg.positieve-gezondheid', name: 'Positieve Gezondheid (basistraining)' },
    ],
  },
  YEAR_2,
  {
    year: 3,
    interventions: [
      {
        id: 'awp.lean',
        name: 'Administratielast verlagen door Lean werken',
        deepening: true,
        justification: 'Ook de assistentes volgen de Lean-coach.',
      },
    ],
  },
];

export const SUGGESTIONS = [
  {
    id: 'sn.welzijn-op-recept',
    name: 'Welzijn op Recept',
    element: 'sn',
    why: 'Patiënten met eenzaamheid of schulden vinden hulp in het sociaal domein in plaats van op het spreekuur.',
    support: 'Ja, HOOG ondersteunt',
    condition: 'Minstens 12 verwijzingen per jaar per normpraktijk',
    cost: 'Tijd',
    fills: 'Jaar 2: nog één netwerkinterventie nodig',
  },
  {
    id: 'awp.triage-training',
    name: 'Anders triëren d.m.v. triage training',
    element: 'awp',
    why: 'Minder druk op de telefoon door betere triage.',
    support: 'Ja',
    condition: '50% van de assistenten volgt de TOH-cursus',
    cost: '~€2.500 per persoon',
  },
  {
    id: 'awp.lean',
    name: 'Administratielast verlagen door Lean werken',
    element: 'awp',
    why: 'Minder administratie.',
    support: 'Ja',
    condition: 'Introductieworkshop',
    cost: '~€100 per persoon',
  },
  {
    id: 'gg.positieve-gezondheid',
    name: 'Positieve Gezondheid',
    element: 'gg',
    why: 'Het goede gesprek over wat de patiënt belangrijk vindt.',
    support: 'Ja',
    condition: '1 huisarts en 1 POH getraind',
    cost: '~€375 pp',
  },
  {
    id: 'sn.wijkteam',
    name: 'Samenwerking met wijkteam',
    element: 'sn',
    why: 'Korte lijnen met het sociaal team.',
    support: 'Ja',
    condition: 'Minstens 10 patiënten ingebracht',
    cost: 'Tijd',
  },
] as const;

export const STATUS_ITEMS: StatusCardInput['items'] = [
  {
    kind: 'intervisie-count',
    status: 'at-risk',
    message: 'Nog 1 intervisiesessie nodig vóór het einde van programmajaar 2.',
    value: 1,
    target: 2,
    expectedShare: 0.75,
    due: '30-06-2025',
  },
  { kind: 'praktijkplan-deadline', status: 'met', message: 'Praktijkplan op tijd ingediend.', due: '01-10-2023' },
  {
    kind: 'threshold',
    status: 'on-track',
    metric: 'wor-referrals',
    message: 'Welzijn op Recept: 8 van 14 verwijzingen.',
    value: 8,
    target: 14.4,
    expectedShare: 0.5,
  },
  {
    kind: 'threshold',
    status: 'missed',
    metric: 'video-consults',
    message: 'Beeldbellen: 12 van 30 consulten in de vorige periode.',
    value: 12,
    target: 30,
    due: '30-06-2024',
    period: '12 maanden 01-07-2023 t/m 30-06-2024',
  },
  { kind: 'intervisie-first', status: 'not-applicable', message: 'Geldt alleen voor Rijn en Duin.' },
  {
    kind: 'milestone',
    status: 'on-track',
    label: 'Zelfrapportage aan HOOG',
    message: 'Zelfrapportage aan HOOG (jaar 2): uiterlijk 31-12-2025. Op koers.',
    due: '31-12-2025',
    markDone: { milestone: 'hoog.milestone.self-report', year: 2, evidence: false },
  },
  {
    kind: 'milestone',
    status: 'at-risk',
    label: 'Bewijs Lean: deelname aan een Lean-training (3 jaar geldig)',
    message: 'Bewijs Lean: nog geen bewijs vastgelegd; verwacht uiterlijk 31-12-2026.',
    due: '31-12-2026',
    markDone: { milestone: 'rijn-en-duin.evidence.lean', evidence: true },
  },
  {
    kind: 'threshold',
    status: 'not-applicable',
    metric: 'soh-hours-per-week',
    intervention: 'awp.taakherschikking',
    message: 'SOH-uren: dit doel geldt alleen voor de route SOH-opleiding van Taakherschikking. Kies de route.',
    chooseRoute: { year: 2, intervention: 'awp.taakherschikking' },
  },
];

export const PRACTICES: PickPracticeCardInput['practices'] = [
  { id: '01234567', name: 'Huisartsenpraktijk De Linde', region: 'hoog', agb: '01234567' },
  { id: '07654321', name: 'Gezondheidscentrum Het Anker (Ede)', region: 'rijn-en-duin', agb: '07654321' },
];

/** A status card in year 2 of De Linde with the items above (no locale: the default applies). */
export const STATUS_CARD: StatusCardInput = {
  cardId: CARD_ID,
  practiceName: 'Huisartsen De Linde',
  asOf: '20-03-2025',
  programmeYear: 2,
  verdict: { ok: true, ruleSet: 'hoog@2024' },
  items: STATUS_ITEMS,
};
