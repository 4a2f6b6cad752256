import { describe, expect, it } from 'vitest';
import { CATALOG, interventionName, isInterventionId } from '../../rules/catalog.js';
import { elementName } from '../../rules/i18n/index.js';
import { elementOf, INTERVENTION_IDS } from '../../rules/model.js';
import { ruleSetId } from '../../rules/schema.js';
import { RULE_SETS } from '../../rules/sets/index.js';

describe('catalogue (RULES.md §3)', () => {
  it.each(INTERVENTION_IDS)('%s has a name, a description in Dutch and English, and problem words', (id) => {
    const entry = CATALOG[id];
    expect(entry.id).toBe(id);
    expect(entry.element).toBe(elementOf(id));
    expect(interventionName(id, 'nl').length).toBeGreaterThan(3);
    expect(interventionName(id, 'en').length).toBeGreaterThan(3);
    expect(entry.description).toMatch(/^[A-Z0-9].{30,}\.$/);
    expect(entry.descriptionEn).toMatch(/^[A-Z0-9].{30,}\.$/);
    expect(entry.descriptionEn).not.toBe(entry.description);
    expect(entry.problemWords.length).toBeGreaterThanOrEqual(5);
    expect(new Set(entry.problemWords.map((w) => w.toLowerCase())).size).toBe(entry.problemWords.length);
    for (const word of entry.problemWords) expect(word.trim()).toBe(word);
  });

  it('covers exactly the canonical ids and is frozen', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...INTERVENTION_IDS].sort());
    expect(Object.isFrozen(CATALOG)).toBe(true);
    expect(Object.isFrozen(CATALOG['awp.lean'].problemWords)).toBe(true);
  });

  it('keeps the existing helpers working', () => {
    expect(isInterventionId('awp.lean')).toBe(true);
    expect(isInterventionId('awp.onbekend')).toBe(false);
    expect(interventionName('awp.aanmeldzuil')).toBe('Aanmeldzuil');
    expect(interventionName('awp.aanmeldzuil', 'en')).toBe('Check-in kiosk');
    expect(interventionName('xx.iets')).toBe('xx.iets');
    expect(elementName('sn', 'nl')).toBe('Samenwerken met het netwerk');
  });
});

describe('rule sets refer to the catalogue', () => {
  const offers = RULE_SETS.flatMap((set) => set.offers.map((offer) => [ruleSetId(set), offer.id, offer.alsoCountsAs] as const));

  it('there is at least one rule set per region', () => {
    expect(new Set(RULE_SETS.map((s) => s.region))).toEqual(new Set(['hoog', 'eemland', 'cohaesie', 'rijn-en-duin']));
  });

  it.each(offers)('%s offers %s, a catalogue id', (_set, id, alsoCountsAs) => {
    expect(isInterventionId(id)).toBe(true);
    if (alsoCountsAs !== undefined) expect(isInterventionId(alsoCountsAs)).toBe(true);
  });
});
