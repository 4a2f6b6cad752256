// Every card, rendered in both languages: valid, every button a known verb whose static data parses, no language leaks.
import { describe, expect, it } from 'vitest';
import { parseAction as parseSubmit } from '../../dialogs/features.js';
import { adviceQuestionsTemplate, adviceQuestionsView } from '../../cards/advice-questions.card.js';
import { adviceTemplate, adviceView } from '../../cards/advice.card.js';
import { adviceChangeTemplate, adviceChangeView } from '../../cards/advice-change.card.js';
import { chooseElementTemplate, chooseElementView } from '../../cards/choose-element.card.js';
import { findingsTemplate, findingsView } from '../../cards/findings.card.js';
import { helpTemplate, helpView } from '../../cards/help.card.js';
import { linkConsultantTemplate, linkConsultantView } from '../../cards/link-consultant.card.js';
import { linkPracticeTemplate, linkPracticeView } from '../../cards/link-practice.card.js';
import { chooseRouteTemplate, chooseRouteView } from '../../cards/choose-route.card.js';
import { logCountTemplate, logCountView } from '../../cards/log-count.card.js';
import { managersTemplate, managersView } from '../../cards/managers.card.js';
import { entriesTemplate, entriesView } from '../../cards/entries.card.js';
import { milestoneTemplate, milestoneView } from '../../cards/milestone.card.js';
import { rhoSummaryTemplate, rhoSummaryView } from '../../cards/rho-summary.card.js';
import { logIntervisieTemplate, logIntervisieView } from '../../cards/log-intervisie.card.js';
import { countLoggedView, intervisieLoggedView, loggedTemplate } from '../../cards/logged.card.js';
import { noticeTemplate, noticeView } from '../../cards/notice.card.js';
import { planReviewTemplate, planReviewView } from '../../cards/plan-review.card.js';
import { pickPracticeTemplate, pickPracticeView } from '../../cards/pick-practice.card.js';
import { planTemplate, planView } from '../../cards/plan.card.js';
import { reminderSettingsTemplate, reminderSettingsView } from '../../cards/reminder-settings.card.js';
import { reminderTemplate, reminderView } from '../../cards/reminder.card.js';
import type { Expansion } from '../../cards/render.js';
import { statusTemplate, statusView } from '../../cards/status.card.js';
import { welcomeTemplate, welcomeView } from '../../cards/welcome.card.js';
import { CATALOGS, t } from '../../rules/i18n/index.js';
import type { Locale } from '../../rules/model.js';
import { CARD_ID, expectValidCard, submitActions, texts } from './card-checks.js';
import { FINDINGS, OFFERED_AWP, PLAN_YEARS, PRACTICES, QUARTERS, STATUS_ITEMS, SUGGESTIONS } from './fixtures.js';

const cardId = CARD_ID;
const CARDS: Record<string, (locale: Locale) => Expansion> = {
  welcome: (locale) => welcomeTemplate.expand(welcomeView({ locale, cardId, teamName: 'De Linde' })),
  help: (locale) => helpTemplate.expand(helpView({ locale, cardId, unknownInput: true })),
  'link-practice': (locale) => linkPracticeTemplate.expand(linkPracticeView({ locale, cardId, quarters: QUARTERS })),
  'link-consultant': (locale) => linkConsultantTemplate.expand(linkConsultantView({ locale, cardId })),
  'choose-element': (locale) =>
    chooseElementTemplate.expand(
      chooseElementView({ locale, cardId, year: 3, element: 'awp', step: 2, steps: 4, interventions: OFFERED_AWP, findings: FINDINGS }),
    ),
  'plan-review': (locale) =>
    planReviewTemplate.expand(
      planReviewView({ locale, cardId, year: 3, years: PLAN_YEARS, verdict: { ok: false, ruleSet: 'hoog@2024' }, findings: FINDINGS }),
    ),
  findings: (locale) =>
    findingsTemplate.expand(findingsView({ locale, cardId, verdict: { ok: true, ruleSet: 'hoog@2024' }, findings: FINDINGS })),
  advice: (locale) => adviceTemplate.expand(adviceView({ locale, cardId, question: 'telefoon', year: 1, suggestions: [...SUGGESTIONS] })),
  'advice-planned-later': (locale) =>
    adviceTemplate.expand(
      adviceView({
        locale,
        cardId,
        year: 1,
        suggestions: [],
        planned: [{ name: 'Triage training', since: 1 }],
        later: SUGGESTIONS.slice(0, 1).map((s) => ({ ...s, fromYear: 2 })),
      }),
    ),
  'advice-confirm': (locale) =>
    adviceChangeTemplate.expand(
      adviceChangeView({
        locale,
        cardId,
        id: 'awp.lean',
        name: 'Lean',
        year: 2,
        step: { kind: 'confirm', plan: ['Triage training', 'Lean'], basedOn: 1 },
        verdict: { ok: false, ruleSet: 'hoog@2024' },
        findings: FINDINGS,
      }),
    ),
  'advice-added': (locale) =>
    adviceChangeTemplate.expand(
      adviceChangeView({
        locale,
        cardId,
        id: 'awp.lean',
        name: 'Lean',
        year: 2,
        step: { kind: 'added', version: 2 },
        verdict: { ok: true, ruleSet: 'hoog@2024' },
        findings: [],
      }),
    ),
  'advice-questions': (locale) => adviceQuestionsTemplate.expand(adviceQuestionsView({ locale, cardId })),
  'log-intervisie': (locale) => logIntervisieTemplate.expand(logIntervisieView({ locale, cardId, gps: 3 })),
  'edit-intervisie': (locale) =>
    logIntervisieTemplate.expand(
      logIntervisieView({
        locale,
        cardId,
        gps: 3,
        values: { date: '2025-03-10', topic: 'GGZ' },
        edit: { key: 's|2025-03-10|a', etag: 'W/"1"' },
      }),
    ),
  entries: (locale) =>
    entriesTemplate.expand(
      entriesView({
        locale,
        cardId,
        practiceName: 'De Linde',
        limit: 10,
        done: 'Verwijderd: Intervisie 10-03-2025 · GGZ.',
        entries: [
          {
            key: 's|2025-03-10|a',
            etag: 'W/"1"',
            text: 'Intervisie 10-03-2025 · GGZ · 60 min, 2 huisartsen',
            meta: 'vastgelegd op 10-03-2025',
            removed: false,
          },
          {
            key: 'c|wor|2025-01-01|2025-03-31|000001',
            etag: 'W/"2"',
            text: 'WoR, 01-01-2025 t/m 31-03-2025: 5',
            meta: 'verwijderd door Anne op 15-03-2025',
            removed: true,
          },
        ],
      }),
    ),
  'entries-confirm': (locale) =>
    entriesTemplate.expand(
      entriesView({
        locale,
        cardId,
        practiceName: 'De Linde',
        limit: 10,
        entries: [],
        confirm: { key: 's|2025-03-10|a', etag: 'W/"1"', text: 'Weet je zeker dat je dit wilt verwijderen?' },
      }),
    ),
  'intervisie-logged': (locale) =>
    loggedTemplate.expand(intervisieLoggedView({ locale, cardId, date: '15-03-2025', topic: 'GGZ', done: 2, required: 2 })),
  'log-count': (locale) =>
    logCountTemplate.expand(
      logCountView({
        locale,
        cardId,
        metrics: [{ value: 'wor-referrals' }],
        history: [
          { metric: 'wor-referrals', loggedAt: '02-04-2025', from: '01-01-2025', to: '31-03-2025', value: 5, superseded: true },
          {
            metric: 'wor-referrals',
            loggedAt: '03-04-2025',
            from: '01-01-2025',
            to: '31-03-2025',
            value: 6,
            removed: 'verwijderd door Anne op 04-04-2025',
          },
        ],
      }),
    ),
  'count-logged': (locale) =>
    loggedTemplate.expand(
      countLoggedView({
        locale,
        cardId,
        metricName: 'WoR',
        from: '01-01-2025',
        to: '31-03-2025',
        value: 5,
        progress: { value: 5, target: 12 },
      }),
    ),
  status: (locale) =>
    statusTemplate.expand(
      statusView({
        locale,
        cardId,
        practiceName: 'De Linde',
        asOf: '20-03-2025',
        programmeYear: 1,
        verdict: { ok: false, ruleSet: 'eemland@2023' },
        items: STATUS_ITEMS,
      }),
    ),
  plan: (locale) => planTemplate.expand(planView({ locale, cardId, practiceName: 'De Linde', years: PLAN_YEARS })),
  'pick-practice': (locale) =>
    pickPracticeTemplate.expand(
      pickPracticeView({ locale, cardId, practices: PRACTICES, current: PRACTICES[1]?.id, then: 'advise', args: 'telefoon' }),
    ),
  milestone: (locale) =>
    milestoneTemplate.expand(
      milestoneView({
        locale,
        cardId,
        milestone: 'rijn-en-duin.evidence.lean',
        name: 'Bewijs Lean: deelname aan een Lean-training (3 jaar geldig)',
        evidence: true,
        source: '004 §B.1 Anders werken in de huisartsenpraktijk e',
        maxDate: '2026-11-29',
        values: { by: 'Petra' },
        errors: [{ field: 'date', message: 'Datum ligt in de toekomst, kies een eerdere datum voor het bewijs.' }],
      }),
    ),
  'milestone-yearly': (locale) =>
    milestoneTemplate.expand(
      milestoneView({
        locale,
        cardId,
        milestone: 'hoog.milestone.self-report',
        year: 2,
        name: 'Zelfrapportage aan HOOG',
        source: '002 §2.6 Monitoring',
        maxDate: '2026-11-29',
      }),
    ),
  managers: (locale) =>
    managersTemplate.expand(
      managersView({
        locale,
        cardId,
        practiceName: 'De Linde',
        managers: [
          { id: 'a1', name: 'Anne de Vries' },
          { id: 'a2', name: 'Jan Bakker' },
        ],
        candidates: [{ id: 'a3', name: 'Fatima El Amrani' }],
        canChange: true,
        done: t(locale, 'managers.added', { name: 'Jan Bakker' }),
      }),
    ),
  'managers-read-only': (locale) =>
    managersTemplate.expand(
      managersView({
        locale,
        cardId,
        practiceName: 'De Linde',
        managers: [{ id: 'a1', name: 'Anne de Vries' }],
        candidates: [],
        canChange: false,
        warning: t(locale, 'managers.last'),
      }),
    ),
  'rho-summary': (locale) =>
    rhoSummaryTemplate.expand(
      rhoSummaryView({
        locale,
        cardId,
        regionName: 'HOOG',
        asOf: '15-03-2025',
        rows: [
          {
            practiceId: '01234567',
            name: 'De Linde',
            subregion: 'apeldoorn',
            programmeYear: 2,
            planOk: false,
            intervisie: { value: 1, target: 2 },
            missed: 2,
            atRisk: 1,
            nextDue: '30-06-2025',
            thresholds: [{ metric: 'wor-referrals', value: 2.5, target: 10 }],
            inactiveSince: '01-03-2025',
          },
          { practiceId: '07654321', name: 'Het Baken', programmeYear: 0, planOk: null, missed: 0, atRisk: 0 },
        ],
        totals: { practices: 43, missed: 1, atRisk: 0, inactive: 1 },
        page: { index: 0, count: 2 },
        paging: true,
        subregion: 'apeldoorn',
        subregions: ['apeldoorn', 'deventer'],
        chart: [
          { label: 'apeldoorn', missed: 3, atRisk: 5, onTrack: 20 },
          { label: 'deventer', missed: 0, atRisk: 1, onTrack: 14 },
        ],
        deadlines: { items: [{ date: '01-04-2025', practice: 'De Linde', what: 'Intervisie' }], more: 2 },
        inactive: { items: [{ practice: 'Het Baken', since: '01-03-2025' }], more: 0 },
      }),
    ),
  'rho-summary-empty': (locale) =>
    rhoSummaryTemplate.expand(
      rhoSummaryView({
        locale,
        cardId,
        regionName: 'Rijn en Duin',
        asOf: '15-03-2025',
        rows: [],
        totals: { practices: 0, missed: 0, atRisk: 0 },
      }),
    ),
  'choose-route': (locale) =>
    chooseRouteTemplate.expand(
      chooseRouteView({
        locale,
        cardId,
        year: 2,
        intervention: 'awp.taakherschikking',
        interventionName: 'Taakherschikking',
        routes: [
          { id: 'soh', name: 'SOH-opleiding', source: '000 §2.4' },
          { id: 'pa-vs', name: 'PA of VS opleiden', source: '000 §2.5' },
        ],
        current: 'soh',
      }),
    ),
  reminder: (locale) =>
    reminderTemplate.expand(
      reminderView({
        locale,
        cardId,
        practiceName: 'De Linde',
        asOf: '30-11-2026',
        sections: [
          {
            reason: 'planCheck',
            items: [
              {
                state: 'missed',
                message: t(locale, 'reminder.planCheck', { ruleSet: 'hoog@2024.1', rechecked: '1, 2' }),
                findings: FINDINGS,
                action: { verb: 'startChoose', year: 2 },
              },
            ],
          },
          {
            reason: 'nextYear',
            items: [
              {
                state: 'at-risk',
                message: t(locale, 'reminder.nextYear', { year: 3, date: '01-01-2027' }),
                due: '01-01-2027',
                action: { verb: 'startChoose', year: 3 },
              },
            ],
          },
          {
            reason: 'milestones',
            items: [
              {
                state: 'due-soon',
                message: 'Zelfrapportage aan HOOG',
                due: '10-12-2026',
                action: { verb: 'startMarkMilestone', milestone: 'hoog.self-report', year: 2, evidence: false },
              },
            ],
          },
        ],
        more: 3,
      }),
    ),
  'reminder-settings': (locale) =>
    reminderSettingsTemplate.expand(
      reminderSettingsView({
        locale,
        cardId,
        practiceName: 'De Linde',
        settings: { frequency: 'two-weekly', weekday: 3, hour: 14, snoozed: { counts: '2026-12-07' }, off: ['milestones'] },
        snoozedUntil: { counts: '07-12-2026' },
        canChange: true,
        done: t(locale, 'reminder.turnedOn', { reason: t(locale, 'reminder.reason.intervisie') }),
      }),
    ),
  'reminder-settings-read-only': (locale) =>
    reminderSettingsTemplate.expand(
      reminderSettingsView({
        locale,
        cardId,
        practiceName: 'De Linde',
        settings: { frequency: 'weekly', weekday: 1, hour: 9, snoozed: {}, off: [] },
        canChange: false,
      }),
    ),
  notice: (locale) =>
    noticeTemplate.expand(noticeView({ locale, cardId, title: 'Klaar', text: 'Gelukt.', buttons: [{ title: 'Help', verb: 'help' }] })),
};

/** Label texts that exist in only one language (longer than a word, so 'Status' or 'Help' don't count). */
function onlyIn(own: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>): string[] {
  const otherValues = new Set(Object.values(other));
  return Object.values(own).filter((v) => v.length > 12 && !v.includes('{') && !otherValues.has(v));
}
// Findings, names and status messages arrive already localized; the fixtures are Dutch, so their words don't count.
const FIXTURE_TEXT = JSON.stringify([FINDINGS, OFFERED_AWP, PLAN_YEARS, STATUS_ITEMS, SUGGESTIONS]);
const ENGLISH_ONLY = onlyIn(CATALOGS.en, CATALOGS.nl);
const DUTCH_ONLY = onlyIn(CATALOGS.nl, CATALOGS.en).filter((s) => !FIXTURE_TEXT.includes(s));

describe.each(Object.entries(CARDS))('%s', (_name, render) => {
  it.each(['nl', 'en'] as const)('is valid in %s and every button parses', (locale) => {
    const card = expectValidCard(render(locale));
    for (const action of submitActions(card)) {
      const r = parseSubmit(action.data, locale);
      // Buttons of forms carry only verb + card id; their inputs come from the form, so only field errors are expected.
      if (!r.ok)
        expect(
          r.errors.every((e) => e.field !== 'verb' && e.field !== 'cardId'),
          JSON.stringify(r.errors),
        ).toBe(true);
    }
  });

  it('shows no English label in Dutch and no Dutch label in English', () => {
    const nlText = texts(render('nl').card);
    const enText = texts(render('en').card);
    expect(ENGLISH_ONLY.filter((s) => nlText.includes(s))).toEqual([]);
    expect(DUTCH_ONLY.filter((s) => enText.includes(s))).toEqual([]);
  });
});
