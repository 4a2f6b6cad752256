import { describe, expect, it } from 'vitest';
import { noticeTemplate, noticeView, renderNoticeCard, renderStaleCardNotice } from '../../cards/notice.card.js';
import { statusTemplate, statusView, type StatusCardInput } from '../../cards/status.card.js';
import { CARD_ID, NASTY, expectValidCard, submitActions, texts, walk } from './card-checks.js';
import { STATUS_CARD } from './fixtures.js';

const status: StatusCardInput = STATUS_CARD;

function segmentStyles(card: ReturnType<typeof statusTemplate.render>): unknown[][] {
  const bars: unknown[][] = [];
  walk(card, (o) => {
    if (o.type === 'ColumnSet' && Array.isArray(o.columns)) {
      const styles = o.columns.flatMap((c) =>
        c !== null && typeof c === 'object' && !Array.isArray(c) && c.minHeight === '10px' ? [c.style] : [],
      );
      if (styles.length > 0) bars.push(styles);
    }
  });
  return bars;
}

describe('status card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(statusTemplate.expand(statusView({ ...status, locale })));
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'Programmajaar 2 · stand op 20-03-2025' : 'Programme year 2 · as of 20-03-2025');
    expect(text).toContain(locale === 'nl' ? '● Gemist' : '● Missed');
    // issue 9 §4: a milestone is labelled with its name
    expect(text).toContain('Zelfrapportage aan HOOG');
    // issue 9 §1: a missed item of an earlier period shows that period next to its label
    expect(text).toContain(`${locale === 'nl' ? 'Beeldbelgesprekken' : 'Video consultations'} · 12 maanden 01-07-2023 t/m 30-06-2024`);
    expect(text).toContain(locale === 'nl' ? 'Uiterlijk 30-06-2025' : 'Due 30-06-2025');
    expect(text).toContain(
      locale === 'nl' ? '1 van 2 · op schema: 1 van de 2 verwacht tot nu' : '1 of 2 · on schedule: 1 of the 2 expected by now',
    );
    expect(text).toContain(
      locale === 'nl' ? '8 van 14,4 · op schema: 7 van de 14,4 verwacht tot nu' : '8 of 14.4 · on schedule: 7 of the 14.4 expected by now',
    );
    expect(submitActions(card).map((a) => a.title)).toEqual(
      locale === 'nl'
        ? [
            'Intervisie loggen',
            'Aantallen loggen',
            'Interventies kiezen jaar 3',
            'Plan bekijken',
            'Praktijkplan ingediend',
            'Bewijs vastleggen',
            'Afvinken',
            'Kies route',
          ]
        : [
            'Log intervisie',
            'Log counts',
            'Choose interventions year 3',
            'View plan',
            'Practice plan submitted',
            'Record evidence',
            'Mark done',
            'Choose route',
          ],
    );
    // issue 9 §4 and §1: an open milestone opens its form, a target waiting for its route opens the route choice
    expect(
      submitActions(card)
        .slice(5)
        .map((a) => a.data),
    ).toEqual([
      { verb: 'startMarkMilestone', cardId: status.cardId, milestone: 'rijn-en-duin.evidence.lean' },
      { verb: 'startMarkMilestone', cardId: status.cardId, milestone: 'hoog.milestone.self-report', year: 2 },
      { verb: 'startChooseRoute', cardId: status.cardId, year: 2, intervention: 'awp.taakherschikking' },
    ]);
  });

  it('orders missed and at-risk first and colours the bars by status', () => {
    const card = statusTemplate.render(statusView(status));
    const text = texts(card);
    expect(text.indexOf('Beeldbellen: 12 van 30')).toBeLessThan(text.indexOf('Nog 1 intervisiesessie'));
    expect(text.indexOf('Nog 1 intervisiesessie')).toBeLessThan(text.indexOf('Welzijn op Recept: 8'));
    expect(segmentStyles(card)).toEqual([
      [...Array(4).fill('attention'), ...Array(6).fill('emphasis')],
      [...Array(5).fill('warning'), ...Array(5).fill('emphasis')],
      [...Array(6).fill('accent'), ...Array(4).fill('emphasis')],
    ]);
  });

  it('without a plan, with the praktijkplan submitted and nothing open', () => {
    const card = expectValidCard(
      statusTemplate.expand(statusView({ ...status, practiceName: NASTY, verdict: null, praktijkplanSubmitted: true, items: [] })),
    );
    expect(texts(card)).toContain('Er is nog geen plan opgeslagen.');
    expect(texts(card)).toContain('Er staat nu niets open.');
    expect(texts(card)).toContain('Status Praktijk \\*De Linde\\*');
    expect(submitActions(card).map((a) => a.title)).not.toContain('Praktijkplan ingediend');
  });

  it('stays under 80 KB with 12 status items', () => {
    const items: StatusCardInput['items'] = Array.from({ length: 12 }, (_, i) => ({
      kind: 'threshold',
      status: 'at-risk',
      metric: 'wor-referrals',
      message: `Welzijn op Recept: ${i} van 12 verwijzingen. `.repeat(5),
      value: i,
      target: 12,
      expectedShare: 0.5,
      due: '31-12-2025',
    }));
    expectValidCard(statusTemplate.expand(statusView({ ...status, items })));
  });
});

describe('notice card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(
      noticeTemplate.expand(
        noticeView({
          locale,
          cardId: CARD_ID,
          title: 'Gekoppeld',
          text: 'Dit team is gekoppeld aan Huisartsen De Linde.',
          style: 'good',
          buttons: [
            { title: 'Interventies kiezen', verb: 'startChoose' },
            { title: 'Status', verb: 'openStatus' },
          ],
        }),
      ),
    );
    expect(submitActions(card).map((a) => a.data)).toEqual([
      { verb: 'startChoose', cardId: CARD_ID },
      { verb: 'openStatus', cardId: CARD_ID },
    ]);
  });

  it('stale-card notice in both languages', () => {
    expect(texts(renderStaleCardNotice({ cardId: CARD_ID }))).toContain('Deze kaart hoort bij een afgeronde vraag.');
    const en = renderStaleCardNotice({ locale: 'en' });
    expectValidCard({ card: en, warnings: [] });
    expect(texts(en)).toContain('This card belongs to a finished question.');
  });

  it('buttons need a card id', () => {
    expect(() => renderNoticeCard({ title: 'x', text: 'y', buttons: [{ title: 'Help', verb: 'help' }] })).toThrow();
  });
});
