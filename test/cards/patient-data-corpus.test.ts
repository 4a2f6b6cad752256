// Issue 12 §4: the patient-data guard against a generated corpus (seeded, so every run reads the same cases).
// Positives (refused): BSNs of 9 and 8 digits in every grouping and full-width, birth dates 1920–2022 in every
// numeric and written form, after birth words, and combinations. Negatives (passed): AGB codes and other 8-digit
// numbers that fail the 11-test, phone numbers, session and period dates 2023–2027, counts, amounts, percentages,
// postcodes, years alone, times and programme names.
import { describe, expect, it } from 'vitest';
import { containsPatientData, isValidBsn } from '../../cards/patient-data.js';

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261130);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number): string => String(n).padStart(2, '0');
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A valid BSN: 8 random digits and the check digit that makes the 11-proef pass (redrawn when it would be 10). */
function bsn(first = ''): string {
  for (;;) {
    const head = first + digits(8 - first.length);
    let sum = 0;
    for (let i = 0; i < 8; i += 1) sum += Number(head[i]) * (9 - i);
    const check = sum % 11;
    if (check < 10 && !/^0+$/.test(head + String(check))) return head + String(check);
  }
}

const group = (s: string, sizes: readonly number[], sep: string): string => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) out.push(s.slice(at, (at += n)));
  return out.join(sep);
};

const NINE_STYLES: ((s: string) => string)[] = [
  (s) => s,
  (s) => group(s, [3, 3, 3], ' '),
  (s) => group(s, [3, 3, 3], '-'),
  (s) => group(s, [3, 3, 3], '.'),
  (s) => group(s, [4, 2, 3], ' '),
  (s) => group(s, [4, 2, 3], '.'),
  (s) => group(s, [2, 2, 2, 3], ' '),
  (s) => group(s, [2, 2, 2, 3], '-'),
  (s) => fullWidth(s),
  (s) => fullWidth(group(s, [3, 3, 3], ' ')),
  (s) => group(s, [3, 3, 3], '\u00a0'),
  (s) => group(s, [3, 3, 3], '\u2009'),
  (s) => group(s, [3, 3, 3], '\u2013'),
  (s) => group(s, [3, 3, 3], '\u200b'),
];
const EIGHT_STYLES: ((s: string) => string)[] = [
  (s) => s,
  (s) => group(s, [4, 4], ' '),
  (s) => group(s, [4, 4], '-'),
  (s) => group(s, [2, 2, 2, 2], ' '),
  (s) => group(s, [2, 3, 3], '.'),
  (s) => fullWidth(s),
];
const BSN_TEMPLATES = ['bsn {x}', 'patiënt {x} belde over uitslag', '{x}', 'BSN: {x}.', 'nummer {x} nagevraagd bij de POH', 'mevr. ({x})'];

const MONTHS = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt'],
  ['april', 'apr'],
  ['mei', 'mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;

interface Day {
  y: number;
  m: number;
  d: number;
}
const day = (y: number): Day => ({ y, m: int(1, 12), d: int(1, 28) });
const yy = (x: Day): string => pad(x.y % 100);

/** Numeric forms, with a 4-digit year. */
const NUMERIC_FULL: ((x: Day) => string)[] = [
  (x) => `${pad(x.d)}-${pad(x.m)}-${x.y}`,
  (x) => `${x.d}-${x.m}-${x.y}`,
  (x) => `${pad(x.d)}/${pad(x.m)}/${x.y}`,
  (x) => `${x.d}.${x.m}.${x.y}`,
  (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`,
  (x) => `${x.y}/${x.m}/${x.d}`,
  (x) => `${x.y}${pad(x.m)}${pad(x.d)}`,
  (x) => `${pad(x.d)}${pad(x.m)}${x.y}`,
];
/** Numeric forms with a 2-digit year. */
const NUMERIC_SHORT: ((x: Day) => string)[] = [
  (x) => `${pad(x.d)}-${pad(x.m)}-${yy(x)}`,
  (x) => `${x.d}/${x.m}/${yy(x)}`,
  (x) => `${pad(x.d)}.${pad(x.m)}.${yy(x)}`,
];
const WRITTEN: ((x: Day) => string)[] = [
  (x) => `${x.d} ${MONTHS[x.m - 1]?.[0]} ${x.y}`,
  (x) => `${x.d} ${MONTHS[x.m - 1]?.[1]} ${x.y}`,
  (x) => `${x.d} ${MONTHS[x.m - 1]?.[1]}. ${x.y}`,
  (x) => `${x.d} ${MONTHS[x.m - 1]?.[1]} '${yy(x)}`,
  (x) => `${x.d} ${MONTHS[x.m - 1]?.[0]} ${yy(x)}`,
];
const BIRTH_WORDS = ['geboren op {x}', 'geb. {x}', 'geb {x}', 'geboortedatum {x}', 'Geboortedatum: {x}', 'DOB {x}', 'born {x}', '° {x}'];
const DATE_TEMPLATES = ['casus mw. {x}', '{x}', 'dhr. {x} besproken', 'kind van {x} gezien'];

const fill = (template: string, x: string): string => template.replace('{x}', x);

function positives(): string[] {
  const out: string[] = [];
  for (const style of NINE_STYLES) for (let i = 0; i < 12; i += 1) out.push(fill(pick(BSN_TEMPLATES), style(bsn())));
  // 8 digits: a BSN with a leading zero, written without it.
  for (const style of EIGHT_STYLES) for (let i = 0; i < 12; i += 1) out.push(fill(pick(BSN_TEMPLATES), style(bsn('0').slice(1))));
  for (const form of NUMERIC_FULL) for (let i = 0; i < 16; i += 1) out.push(fill(pick(DATE_TEMPLATES), form(day(int(1920, 2022)))));
  // A 2-digit year alone is a birth date only when it cannot be an MTVP year (23–39 read as 2023–2039).
  for (const form of NUMERIC_SHORT) for (let i = 0; i < 16; i += 1) out.push(fill(pick(DATE_TEMPLATES), form(day(int(1940, 2022)))));
  for (const form of WRITTEN) for (let i = 0; i < 12; i += 1) out.push(fill(pick(DATE_TEMPLATES), form(day(int(1940, 2009)))));
  // After a birth word, any date: also 2-digit years and dates in MTVP years.
  for (const word of BIRTH_WORDS) {
    for (const form of [...NUMERIC_FULL, ...NUMERIC_SHORT, ...WRITTEN]) out.push(fill(word, form(day(int(1920, 2026)))));
  }
  for (let i = 0; i < 20; i += 1) {
    const born = pick([...NUMERIC_FULL, ...WRITTEN])(day(int(1930, 2005)));
    out.push(`mw. geb. ${born}, bsn ${pick(NINE_STYLES)(bsn())}`);
    out.push(`overleg 12-03-2025 over dhr. ${pick(NUMERIC_FULL)(day(int(1930, 2005)))}`);
  }
  return out;
}

/** Whether 8 digits read as a date before 2023 (yyyymmdd or ddmmyyyy): refused on purpose, so no negative. */
function compactOldDate(s: string): boolean {
  const ok = (y: number, m: number, d: number): boolean => y >= 1900 && y < 2023 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  return ok(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8)) || ok(+s.slice(4, 8), +s.slice(2, 4), +s.slice(0, 2));
}
/** 8 digits that are no BSN without its leading zero: an AGB code (01… for GPs) or any other number. */
function notBsn8(first: string): string {
  for (;;) {
    const s = first + digits(8 - first.length);
    if (!isValidBsn(`0${s}`) && !compactOldDate(s)) return s;
  }
}

function negatives(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 60; i += 1) out.push(fill(pick(['AGB {x}', 'agb-code {x}', 'praktijk (AGB {x})', 'AGB-code: {x}.']), notBsn8('01')));
  for (let i = 0; i < 20; i += 1) out.push(fill(pick(['KvK {x}', 'factuur {x}', 'ordernummer {x}']), notBsn8('')));
  const phones: (() => string)[] = [
    () => `06-${digits(8)}`,
    () => `06${digits(8)}`,
    () => `06 ${digits(8)}`,
    () => `06 ${digits(4)} ${digits(4)}`,
    () => `030-${digits(7)}`,
    () => `0${int(10, 99)}-${digits(7)}`,
    () => `030 ${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `+31 6 ${digits(8)}`,
    () => `+316${digits(8)}`,
    () => `+31 (0)30 ${digits(7)}`,
    () => `0031 6 ${digits(8)}`,
  ];
  for (const phone of phones)
    for (let i = 0; i < 10; i += 1) out.push(fill(pick(['bel {x}', 'tel. {x}', 'POH bereikbaar op {x}', '{x}']), phone()));
  const session = ['overleg {x}', 'intervisie {x}', 'sessie van {x}', 'gestart op {x}', '{x} tweede bijeenkomst'];
  for (const form of [...NUMERIC_FULL, ...WRITTEN.slice(0, 3)]) {
    for (let i = 0; i < 12; i += 1) out.push(fill(pick(session), form(day(int(2023, 2027)))));
  }
  for (const form of [...NUMERIC_SHORT, WRITTEN[3], WRITTEN[4]]) {
    for (let i = 0; i < 10; i += 1) if (form) out.push(fill(pick(session), form(day(int(2023, 2027)))));
  }
  for (let i = 0; i < 20; i += 1) {
    const a = day(int(2023, 2026));
    out.push(`periode ${a.y}-01-01 t/m ${a.y}-06-30`, `van ${pad(a.d)}-${pad(a.m)}-${a.y} tot ${pad(a.d)}-${pad(a.m)}-${a.y + 1}`);
    out.push(`overleg ${a.d} ${MONTHS[a.m - 1]?.[0]}`, `Q${int(1, 4)} ${a.y}`, `in ${a.y}`, `sinds ${int(1990, 2022)}`);
    out.push(`${MONTHS[a.m - 1]?.[0]} ${int(1995, 2022)}`, `${int(2020, 2022)}-${int(2023, 2027)}`);
  }
  for (let i = 0; i < 30; i += 1) {
    out.push(`${int(2, 40)} deelnemers, ${int(1, 9)} huisartsen en ${int(1, 5)} POH's`, `${int(1, 30)} van de ${int(30, 60)} patiënten`);
    out.push(
      `€${int(1, 99)}.${digits(3)}`,
      `€ ${int(1, 99)}.${digits(3)}.000`,
      `€${int(1, 999)},${digits(2)}`,
      `${int(1, 99)}.${digits(3)} euro`,
    );
    out.push(`${int(1, 100)}%`, `${int(1, 99)},${int(1, 9)} %`, `postcode ${int(1000, 9999)} ${pick(['AB', 'CD', 'XK', 'ZZ'])}`);
    out.push(`om ${int(8, 17)}:${pick(['00', '15', '30', '45'])}`, `van ${int(8, 12)}.${pick(['00', '30'])} uur tot ${int(13, 17)}:00`);
    out.push(`jaar ${int(1, 3)}`, pick(['4D-model', 'LEAN in jaar 2', 'Positieve Gezondheid 2.0', 'MDO 3x per jaar']));
    out.push(`${digits(7)} regels`, `nummer ${int(1, 9)}${digits(9)}`, `${int(100, 999)} ${int(10, 99)}`, `gebouw ${int(1, 20)}`);
  }
  return out;
}

const POSITIVES = positives();
const NEGATIVES = negatives();

describe('patient-data guard corpus', () => {
  it(`refuses all ${POSITIVES.length} generated cases with patient data`, () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(500);
    expect(POSITIVES.filter((text) => !containsPatientData(text))).toEqual([]);
  });

  it(`passes all ${NEGATIVES.length} generated cases without patient data`, () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(500);
    expect(NEGATIVES.filter((text) => containsPatientData(text))).toEqual([]);
  });
});
