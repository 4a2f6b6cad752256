// Realistic Dutch fixtures for the card tests.
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
