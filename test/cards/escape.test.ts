import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../cards/escape.js';
import { containsBirthDate, containsBsn, containsPatientData, isValidBsn } from '../../cards/patient-data.js';

describe('escapeMarkdown', () => {
  it.each([
    ['plain tekst blijft', 'plain tekst blijft'],
    ['**vet** en _schuin_', '\\*\\*vet\\*\\* en \\_schuin\\_'],
    ['[klik](http://x)', '\\[klik\\]\\(http://x\\)'],
    ['# kop', '\\# kop'],
    ['> citaat', '\\> citaat'],
    ['`code` ~doorgestreept~ a|b', '\\`code\\` \\~doorgestreept\\~ a\\|b'],
    ['C:\\pad', 'C:\\\\pad'],
    ['<script>', '\\<script\\>'],
    ['- punt', '\\- punt'],
    ['+ punt', '\\+ punt'],
    ['1. eerste', '1\\. eerste'],
    ['12 - 3 blijft', '12 - 3 blijft'],
    ['${x} en ${$root.t.help}', '$\\{x\\} en $\\{$root.t.help\\}'],
    ['regel 1\n- regel 2', 'regel 1\n\n\\- regel 2'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('never leaves a ${ behind', () => {
    expect(escapeMarkdown('$${{${')).not.toContain('${');
  });
});

describe('patient data', () => {
  it('checks the 11-proef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it.each([
    ['bsn 111222333', true],
    ['bsn 1112.22.333', true],
    ['telefoon 0612345678', false],
    ['AGB 01234567', false],
    ['123456789 is geen BSN', false],
  ])('BSN in %j: %s', (text, expected) => {
    expect(containsBsn(text)).toBe(expected);
  });

  it.each([
    ['geb. 12-03-1956', true],
    ['geboren 1-1-2012', true],
    ['Geboortedatum: 2001-05-06', true],
    ['casus van 12-03-1956', true],
    ['sessie van 15-03-2025', false],
    ['periode 2024-01-01 t/m 2024-06-30', false],
    ['Verwijzen naar de GGZ', false],
  ])('birth date in %j: %s', (text, expected) => {
    expect(containsBirthDate(text)).toBe(expected);
    expect(containsPatientData(text)).toBe(expected);
  });
});
