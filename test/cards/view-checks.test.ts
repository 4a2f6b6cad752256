// The bot renders the cards of its hot path without checking their view models with zod (cards/render.ts
// checkCardViews, bot/main.ts); the tests check them. Here each such card is rendered both ways, with every default
// left out and given, and must come out the same; a checked render still refuses a bad view model. The top of every
// expansion is checked either way.
import { afterEach, describe, expect, it } from 'vitest';
import { countLoggedView, intervisieLoggedView } from '../../cards/logged.card.js';
import { CardTemplateError, checkCardViews, prepareTemplate } from '../../cards/render.js';
import { statusView, type StatusCardInput } from '../../cards/status.card.js';
import { CARD_ID } from './card-checks.js';
import { STATUS_CARD } from './fixtures.js';

afterEach(() => checkCardViews(true));

function bothWays<I>(view: (input: I) => unknown, input: I): { checked: unknown; unchecked: unknown } {
  checkCardViews(true);
  const checked = view(input);
  checkCardViews(false);
  const unchecked = view(input);
  checkCardViews(true);
  return { checked, unchecked };
}

const status: StatusCardInput = STATUS_CARD;

describe('card view models on the hot path, checked and unchecked', () => {
  it.each([
    ['status, defaults left out', status],
    ['status, in English, read-only, praktijkplan in', { ...status, locale: 'en' as const, readOnly: true, praktijkplanSubmitted: true }],
    ['status without plan or items', { ...status, verdict: null, items: [] }],
  ])('%s', (_, input) => {
    const { checked, unchecked } = bothWays(statusView, input);
    expect(unchecked).toEqual(checked);
  });

  it.each([
    ['intervisie, defaults left out', { cardId: CARD_ID, date: '15-03-2025', topic: 'Verwijzen', done: 1, required: 2 }],
    [
      'intervisie in English, no minimum',
      { locale: 'en' as const, cardId: CARD_ID, date: '15-03-2025', topic: 'Lean', done: 3, required: null },
    ],
  ])('%s', (_, input) => {
    const { checked, unchecked } = bothWays(intervisieLoggedView, input);
    expect(unchecked).toEqual(checked);
  });

  it.each([
    ['count, defaults left out', { cardId: CARD_ID, metricName: 'Verwijzingen', from: '01-01-2025', to: '31-03-2025', value: 4 }],
    [
      'count corrected, with progress',
      {
        locale: 'en' as const,
        cardId: CARD_ID,
        metricName: 'Referrals',
        from: '01-01-2025',
        to: '31-03-2025',
        value: 4,
        corrected: true,
        progress: { value: 9, target: 12 },
      },
    ],
  ])('%s', (_, input) => {
    const { checked, unchecked } = bothWays(countLoggedView, input);
    expect(unchecked).toEqual(checked);
  });

  it('a checked render refuses a bad view model (as every test renders)', () => {
    expect(() => statusView({ ...status, asOf: '2025-03-20' })).toThrow();
    expect(() => intervisieLoggedView({ cardId: 'not-a-uuid', date: '15-03-2025', topic: 'x', done: 1, required: 2 })).toThrow();
  });
});

describe('the top of an expanded card', () => {
  it('is checked on every render: a template that is not an Adaptive Card 1.5 is refused', () => {
    for (const payload of [
      { type: 'TextBlock', text: '${x}' },
      { type: 'AdaptiveCard', version: '1.6', body: [] },
      { type: 'AdaptiveCard', version: '1.5' },
    ]) {
      expect(() => prepareTemplate<{ x: string }>(payload).render({ x: 'y' })).toThrow(CardTemplateError);
    }
    const card = prepareTemplate<{ x: string }>({
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: '${x}' }],
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      fallbackText: '${x}',
    }).render({ x: 'y' });
    expect(card).toMatchObject({ body: [{ type: 'TextBlock', text: 'y' }], fallbackText: 'y' });
    // as cards have always been sent (snapshots compare the JSON text): type and version first, body last
    expect(Object.keys(card)).toEqual(['type', 'version', '$schema', 'fallbackText', 'body']);
  });
});
