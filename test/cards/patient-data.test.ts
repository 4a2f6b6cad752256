// Issue 12 §4: the formats the attack test got through, and what a practice manager types that must still pass.
import { describe, expect, it } from 'vitest';
import { containsPatientData } from '../../cards/patient-data.js';

describe('patient-data guard', () => {
  it.each([
    // The 8 formats of issue 12 that were stored.
    '123 456 782',
    '123-456-782',
    '１２３４５６７８２',
    'bsn 12345672', // 8 digits: 012345672 passes the 11-proef
    'geboren op 12 maart 1948',
    'casus 12-03-2015',
    'mw. 12-03-48',
    '19480312',
    // More spellings.
    '1234 56 782',
    '123.456.782',
    '12 34 56 782',
    '123\u00a0456\u00a0782',
    '123–456–782',
    '123\u200b456782',
    'geb. 12-3-48',
    "geboortedatum 12 mrt '48",
    '12 maart 1948',
    '12/3/48',
    '12.03.48',
    '1948-03-12',
    '12031948',
    '° 12-03-1948',
    'DOB 2024-01-05',
    'geboren in 2024',
    'Born: 3 May 1961',
    '１２－０３－１９４８',
    'dhr. geb. 1-1-50, bsn 123 456 782',
  ])('refuses %j', (text) => {
    expect(containsPatientData(text)).toBe(true);
  });

  it.each([
    'AGB 01234567',
    '06-12345678',
    '0612345678',
    '06 1234 5678',
    '030-1234567',
    '+31 6 12345678',
    '+31 (0)30 1234567',
    'overleg 12-03-25',
    'intervisie 15-03-2025',
    'periode 2024-01-01 t/m 2024-06-30',
    'sessie 12 maart 2026',
    'overleg 12 maart',
    'om 10:30',
    '€2.500',
    '€ 12.500.000',
    '85%',
    '1234 AB',
    'in 2024',
    'sinds 2019',
    'maart 2019',
    'jaar 2',
    '4D-model',
    '2023-2027',
    '12 deelnemers en 3 huisartsen',
    'het gebouw 3',
    'op 1 mei 40 deelnemers',
    '12 maart 45 minuten overleg',
    'Verwijzen naar de GGZ',
    '123456789 is geen BSN',
  ])('passes %j', (text) => {
    expect(containsPatientData(text)).toBe(false);
  });

  // A regex that retries from every digit took 9–15 s on these; the guard reads unknown input before any length cap.
  // Its speed on them is measured by `npm run bench` (no timed assertions in tests); here: it answers, and right.
  it.each([
    ['1'.repeat(40000), false],
    ['12.'.repeat(20000), false],
    ['1 '.repeat(20000), false],
    ['1-'.repeat(20000), false],
    ['geb '.repeat(10000), false],
    [`${'1'.repeat(20000)} bsn 123456782`, true],
  ])('reads adversarial input %# (up to 60,000 characters)', (text, expected) => {
    expect(containsPatientData(text)).toBe(expected);
  });
});
