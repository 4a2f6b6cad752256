// The reminder card (issue 11 §3) and its settings card: valid Adaptive Card 1.5, no unresolved binding, < 80 KB at
// the most the evaluator puts on it, one section per reason with its own buttons, sources of a failing plan shown.
import { describe, expect, it } from 'vitest';
import { reminderSettingsTemplate, reminderSettingsView } from '../../cards/reminder-settings.card.js';
import { reminderTemplate, reminderView, type ReminderCardInput } from '../../cards/reminder.card.js';
import { REMINDER_REASONS } from '../../rules/reminder-settings.js';
import { CARD_ID, MAX_CARD_BYTES, NASTY, expectValidCard, submitActions, texts } from './card-checks.js';
import { FINDINGS } from './fixtures.js';

const LONG = 'Intervisie in jaar 3: 1 van 4 bijeenkomsten, verwacht nu 3. '.repeat(16);
const finding = FINDINGS[0];

/** The largest card the evaluator renders: 20 items (12 in one reason), 10 findings of long text each. */
const WORST: ReminderCardInput = {
  cardId: CARD_ID,
  practiceName: NASTY,
  asOf: '30-11-2026',
  sections: [
    {
      reason: 'planCheck',
      items: [
        {
          state: 'missed',
          message: LONG,
          source: 'HOOG-regioplan 2024 §3.2; HOOG-regioplan 2024 §4.1',
          findings: Array.from({ length: 10 }, () => ({ ...(finding ?? FINDINGS[0]!), message: LONG })),
          action: { verb: 'startChoose', year: 3 },
        },
      ],
    },
    {
      reason: 'counts',
      items: Array.from({ length: 12 }, () => ({
        state: 'at-risk' as const,
        message: LONG,
        due: '31-12-2026',
        source: '000 §2.4',
        action: { verb: 'startLogCounts' as const },
      })),
    },
    {
      reason: 'milestones',
      items: Array.from({ length: 7 }, (_, i) => ({
        state: 'due-soon' as const,
        message: LONG,
        due: '10-12-2026',
        action: { verb: 'startMarkMilestone' as const, milestone: `m${i}`, evidence: i % 2 === 0 },
      })),
    },
  ],
  more: 14,
};

describe('reminder card', () => {
  it.each(['nl', 'en'] as const)('the largest card is valid and under 80 KB in %s, with a hostile practice name', (locale) => {
    const card = expectValidCard(reminderTemplate.expand(reminderView({ ...WORST, locale })));
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('one section per reason: the item buttons (each once, at most three) and "Later herinneren" / "Uitzetten" for that reason', () => {
    const card = expectValidCard(reminderTemplate.expand(reminderView(WORST)));
    const buttons = submitActions(card).map((a) => [a.title, JSON.stringify(a.data)]);
    const titles = buttons.map(([title]) => title);
    expect(titles.filter((x) => x === 'Aantallen loggen')).toHaveLength(1);
    expect(titles.filter((x) => x === 'Later herinneren')).toHaveLength(3);
    expect(titles.filter((x) => x === 'Uitzetten')).toHaveLength(3);
    expect(titles.filter((x) => x === 'Afvinken' || x === 'Bewijs vastleggen')).toHaveLength(3);
    expect(titles).toContain('Interventies kiezen jaar 3');
    expect(titles.slice(0, 2)).toEqual(['Status', 'Herinneringen instellen']);
    const reasons = submitActions(card).flatMap((a) =>
      typeof a.data === 'object' && a.data !== null && !Array.isArray(a.data) && a.data.verb === 'snoozeReminder' ? [a.data.reason] : [],
    );
    expect(reasons).toEqual(['planCheck', 'counts', 'milestones']);
    const text = texts(card);
    expect(text).toContain('Bron: HOOG-regioplan 2024 §3.2');
    expect(text).toContain('En nog 14 punten: zie de status.');
    expect(text).toContain('● Gemist');
    expect(text).toContain('Uiterlijk 31-12-2026');
  });
});

describe('reminder settings card', () => {
  it('a manager gets the form with the current values and "Weer aanzetten" for each reason snoozed or off', () => {
    const card = expectValidCard(
      reminderSettingsTemplate.expand(
        reminderSettingsView({
          cardId: CARD_ID,
          practiceName: 'De Linde',
          settings: { frequency: 'two-weekly', weekday: 3, hour: 14, snoozed: { counts: '2026-12-07' }, off: ['milestones'] },
          snoozedUntil: { counts: '07-12-2026' },
          canChange: true,
        }),
      ),
    );
    const text = texts(card);
    expect(text).toContain('Nu: om de week op woensdag om 14:00.');
    expect(text).toContain('Aantallen: gepauzeerd tot 07-12-2026');
    expect(text).toContain('Mijlpalen: uitgezet');
    expect(text).toContain('Intervisie: aan');
    expect(JSON.stringify(card)).toContain('"id":"frequency"');
    expect(submitActions(card).filter((a) => a.title === 'Weer aanzetten')).toHaveLength(2);
  });

  it('a member sees the settings without form or buttons', () => {
    const card = expectValidCard(
      reminderSettingsTemplate.expand(
        reminderSettingsView({
          cardId: CARD_ID,
          practiceName: 'De Linde',
          settings: { frequency: 'off', weekday: 1, hour: 9, snoozed: {}, off: [...REMINDER_REASONS] },
          canChange: false,
        }),
      ),
    );
    expect(texts(card)).toContain('Nu: uit, geen herinneringen.');
    expect(texts(card)).toContain('Alleen een beheerder kan dit aanpassen.');
    expect(submitActions(card)).toEqual([]);
  });
});
