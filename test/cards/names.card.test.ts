// Domain names are defined once (rules/i18n): a card, a finding and a status message call a metric, an element, an
// intervention or a funding scheme the same, in both languages (issue 8: "Beeldbelgesprekken" vs "Beeldbelconsulten").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkPracticeTemplate, linkPracticeView } from '../../cards/link-practice.card.js';
import { logCountTemplate, logCountView } from '../../cards/log-count.card.js';
import { statusTemplate, statusView } from '../../cards/status.card.js';
import { check } from '../../rules/engine.js';
import { elementName, fundingName, interventionName, metricName } from '../../rules/i18n/index.js';
import { METRICS, PracticeFacts, type Locale } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import { CARD_ID, expectValidCard, texts } from './card-checks.js';
import { QUARTERS } from './fixtures.js';

const cardId = CARD_ID;
const LOCALES: readonly Locale[] = ['nl', 'en'];
const practice = PracticeFacts.parse(JSON.parse(readFileSync(new URL('../fixtures/cli/hoog-practice.json', import.meta.url), 'utf8')));

describe.each(LOCALES)('names in %s', (locale) => {
  it('the "log aantallen" card names a metric the same in its list and its history', () => {
    for (const metric of METRICS) {
      const view = logCountView({
        locale,
        cardId,
        metrics: [{ value: metric }],
        history: [{ metric, loggedAt: '02-04-2025', from: '01-01-2025', to: '31-03-2025', value: 5 }],
      });
      const name = metricName(metric, locale);
      expect(view.metrics[0]?.title).toBe(name);
      expect(view.history[0]?.rows[0]?.metric).toContain(name);
      expectValidCard(logCountTemplate.expand(view));
    }
  });

  it('a status message and its card label name the metric the same', () => {
    const items = status(practice, '2025-06-30', { locale }).items.filter((i) => i.kind === 'threshold');
    expect(items.length).toBeGreaterThan(0);
    const card = expectValidCard(
      statusTemplate.expand(
        statusView({
          locale,
          cardId,
          practiceName: 'De Linde',
          asOf: '30-06-2025',
          programmeYear: 2,
          verdict: null,
          items: items.map((i) => ({ kind: i.kind, status: i.status, message: i.message, ...(i.metric ? { metric: i.metric } : {}) })),
        }),
      ),
    );
    for (const item of items) {
      const name = metricName(item.metric ?? 'wor-referrals', locale);
      expect(item.message.startsWith(`${name}, `), item.message).toBe(true);
      expect(texts(card)).toContain(name);
    }
  });

  it('findings name elements and interventions as the cards do', () => {
    const result = check(
      {
        region: 'hoog',
        startDate: '2024-01-01',
        ruleSetVersion: '2024',
        otherFunding: [{ scheme: 'tbhz', intervention: 'awp.triage-training' }],
        years: [{ year: 1, interventions: [{ id: 'awp.triage-training' }] }],
      },
      { locale },
    );
    const messages = result.findings.map((f) => f.message).join('\n');
    expect(messages).toContain(interventionName('awp.triage-training', locale));
    expect(messages).toContain(elementName('gg', locale));
  });

  it("the link card offers funding by the catalog's scheme, project and intervention names", () => {
    const card = expectValidCard(linkPracticeTemplate.expand(linkPracticeView({ locale, cardId, quarters: QUARTERS })));
    const text = texts(card);
    expect(text).toContain(fundingName({ scheme: 'tbhz', project: 'zelfmetingen' }, locale));
    expect(text).toContain(fundingName({ scheme: 'tbhz', intervention: 'awp.triage-training' }, locale));
    expect(text).toContain(fundingName({ scheme: 'achterstandsfonds' }, locale));
  });
});

it("keeps the seeds' wording where names had drifted (000 §2.4, §2.7, §2.8; Het voeren van het goede gesprek)", () => {
  expect(metricName('video-consults', 'nl')).toBe('Beeldbelgesprekken');
  expect(metricName('selfmeasurement-patients', 'nl')).toBe('Patiënten met zelfmetingen');
  expect(metricName('soh-hours-per-week', 'nl')).toBe('SOH-spreekuur (uur per week)');
  expect(elementName('gg', 'en')).toBe('Having the good conversation');
  expect(interventionName('awp.triage-training', 'nl')).toBe('Anders triëren door middel van triage training');
});
