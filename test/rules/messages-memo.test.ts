// rules/messages.ts remembers each finding message per distinct values (issue 9 §6): a remembered message must be
// the text a fresh formatting gives, and values that differ in any way must not share a text.
import { describe, expect, it } from 'vitest';
import { elementName, interventionName, orList, regionName, t } from '../../rules/i18n/index.js';
import { messages as m } from '../../rules/messages.js';

describe('remembered finding messages', () => {
  it('a repeated message equals a freshly formatted one, in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      const fresh = t(locale, 'finding.minCount', {
        year: 2,
        min: 2,
        actual: 1,
        fromOffer: true,
        element: elementName('sn', locale),
        region: regionName('hoog', locale),
      });
      const p = { locale, region: 'hoog', year: 2, element: 'sn', min: 2, actual: 1, fromOffer: true } as const;
      expect(m.minCount(p)).toBe(fresh);
      expect(m.minCount({ ...p })).toBe(fresh);
    }
  });

  it('lists are part of the key: another list gives another text', () => {
    const p = { locale: 'nl', region: 'hoog', year: 2, element: 'gg' } as const;
    const one = m.mustContinueAny({ ...p, previous: ['gg.oplossingsgericht'] });
    const two = m.mustContinueAny({ ...p, previous: ['gg.oplossingsgericht', 'gg.solk-alk'] });
    expect(two).not.toBe(one);
    expect(two).toContain(orList('nl', [interventionName('gg.oplossingsgericht', 'nl'), interventionName('gg.solk-alk', 'nl')]));
    expect(m.mustContinueAny({ ...p, previous: ['gg.oplossingsgericht'] })).toBe(one);
  });

  it('an absent value and the same value as text do not share a key', () => {
    const absent = m.unknown({ locale: 'nl', region: 'hoog' });
    const named = m.unknown({ locale: 'nl', region: 'hoog', id: 'undefined' });
    expect(absent).toBe(t('nl', 'finding.unknown', { id: '', region: regionName('hoog', 'nl') }));
    expect(named).toBe(t('nl', 'finding.unknown', { id: 'undefined', region: regionName('hoog', 'nl') }));
    expect(named).not.toBe(absent);
  });
});
