// Realistic Dutch fixtures for the card tests.
import type { ChooseElementCardInput } from '../../cards/choose-element.card.js';
import type { PlanYearInput } from '../../cards/plan-years.js';
import type { Finding } from '../../rules/model.js';

export const FINDINGS: Finding[] = [
  { kind: 'min-count', ruleId: 'hoog.sn.min2.y2', severity: 'error', element: 'sn', year: 2, message: 'Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).', source: '000 §Samenwerken met het netwerk; 002 §1.4' },
  { kind: 'no-rho-support', ruleId: 'hoog.awp.3g.support', severity: 'info', element: 'awp', year: 1, intervention: 'awp.3-gesprekken', message: 'HOOG ondersteunt 3-gesprekken niet; je mag het op eigen initiatief kiezen.', source: '000 inleiding' },
  { kind: 'prerequisite', ruleId: 'hoog.gg.verrijking', severity: 'warning', element: 'gg', year: 2, intervention: 'gg.positieve-gezondheid-verrijking', message: 'De verrijkingsworkshop vraagt eerst de basistraining Positieve Gezondheid.', source: '000 §3.2' },
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
export const TRIAGE: Offered = 
{ id: 'awp.triage-training', name: 'Anders triëren d.m.v. triage training', support: 'Ja, HOOG organiseert de TOH-cursus', condition: 'Minstens 50% van de doktersassistenten volgt de TOH-cursus', cost: '~€2.500 per persoon', reason: 'Minder onnodige consulten door betere triage aan de telefoon.', selected: true };
export const LEAN: Offered = { id: 'awp.lean', name: 'Administratielast verlagen door Lean werken', support: 'Ja', condition: '≥50% van het personeel volgt de introductieworkshop (4 uur)', cost: '~€100 / ~€500 per persoon', reason: 'Minder administratie, meer tijd voor de patiënt.', deepening: true, justification: 'Het tweede team volgt nu ook de *Lean*-training.' };
export const BEELDBELLEN: Offered = { id: 'awp.beeldbellen', name: 'Beeldbellen en/of e-mail en/of chatcontact met patiënten', support: 'Ja', condition: 'Minstens 30 beeldbelconsulten per 12 maanden', cost: '€25–50 per normpraktijk per maand', reason: 'Korte contacten zonder bezoek aan de praktijk.' };
export const OFFERED_AWP: Offered[] = [TRIAGE, LEAN, BEELDBELLEN];

export const YEAR_2: PlanYearInput = { year: 2, interventions: [
    { id: 'awp.triage-training', name: 'Anders triëren d.m.v. triage training' },
    { id: 'awp.lean', name: 'Administratielast verlagen door Lean werken' },
    { id: 'gg.positieve-gezondheid', name: 'Positieve Gezondheid (basistraining)' },
    { id: 'sn.welzijn-op-recept', name: 'Welzijn op Recept' },
  ] };

export const PLAN_YEARS: PlanYearInput[] = [
  { year: 1, interventions: [
    { id: 'awp.triage-training', name: 'Anders triëren d.m.v. triage training' },
    { id: 'gg.positieve-gezondheid', name: 'Positieve Gezondheid (basistraining)' },
  ] },
  YEAR_2,
  { year: 3, interventions: [
    { id: 'awp.lean', name: 'Administratielast verlagen door Lean werken', deepening: true, justification: 'Ook de assistentes volgen de Lean-coach.' },
  ] },
];
