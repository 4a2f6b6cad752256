import { describe, expect, it } from 'vitest';
import { parseAction as parseSubmit } from '../../dialogs/features.js';
import { INTERVENTION_IDS } from '../../rules/model.js';
import { chooseElementTemplate, chooseElementView } from '../../cards/choose-element.card.js';
import { planReviewTemplate, planReviewView } from '../../cards/plan-review.card.js';
import { planTemplate, planView, renderPlanCard } from '../../cards/plan.card.js';
import { CARD_ID, NASTY, expectValidCard, inputValue, submitActions, texts } from './card-checks.js';
import type { ChooseElementCardInput } from '../../cards/choose-element.card.js';
import { FINDINGS, LEAN, OFFERED_AWP, PLAN_YEARS, YEAR_2, manyFindings } from './fixtures.js';

const step: ChooseElementCardInput = {
  cardId: CARD_ID,
  year: 3,
  element: 'awp',
  step: 1,
  steps: 4,
  interventions: OFFERED_AWP,
  findings: FINDINGS,
};

describe('choose-element card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(chooseElementTemplate.expand(chooseElementView({ ...step, locale })));
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'Jaar 3: Anders werken in de praktijk' : 'Year 3: Working differently in the practice');
    expect(text).toContain('Minstens 30 beeldbelconsulten per 12 maanden');
    expect(text).toContain(
      locale === 'nl'
        ? 'Interventiehandboek HOOG 2024, Samenwerken met het netwerk'
        : 'HOOG intervention handbook 2024, Samenwerken met het netwerk',
    );
    expect(text).not.toContain('000 §');
    expect(inputValue(card, 'selected')).toBe('awp.triage-training');
    expect(inputValue(card, 'justification:awp.lean')).toBe('Het tweede team volgt nu ook de *Lean*-training.');
    expect(submitActions(card).map((a) => a.title)).toEqual(locale === 'nl' ? ['Volgende', 'Stoppen'] : ['Next', 'Stop']);
  });

  it("puts the checkboxes first and folds each intervention's details behind a toggle (issue 13 §4)", () => {
    const card = expectValidCard(chooseElementTemplate.expand(chooseElementView({ ...step, findings: manyFindings(6) })));
    const types = card.body.map((b) => (b !== null && typeof b === 'object' && !Array.isArray(b) ? b['type'] : undefined));
    expect(types.indexOf('Input.ChoiceSet')).toBe(2);
    const json = JSON.stringify(card);
    // Every intervention with details: a toggle naming it, and its facts hidden until clicked.
    for (const i of OFFERED_AWP) {
      expect(json).toContain(`"targetElements":["details:${i.id}"]`);
      expect(json).toContain(`"id":"details:${i.id}","isVisible":false`);
    }
    expect(texts(card)).toContain('Toelichting: ');
    // Three findings open, the other three behind one toggle.
    expect(json.match(/"isVisible":true/g)).toHaveLength(3);
    expect(json).toContain('"targetElements":["finding:3","finding:4","finding:5"]');
    expect(texts(card)).toContain('Nog 3 bevindingen tonen');
  });

  it('offers Vorige after the first step, and Stoppen submits no inputs', () => {
    const card = expectValidCard(chooseElementTemplate.expand(chooseElementView({ ...step, step: 2, findings: [] })));
    const actions = submitActions(card);
    expect(actions.map((a) => a.title)).toEqual(['Volgende', 'Vorige', 'Stoppen']);
    expect(actions.map((a) => a.associatedInputs)).toEqual(['auto', 'auto', 'none']);
    expect(texts(card)).not.toContain('Toetsing van het plan');
  });

  it('a button press plus its inputs parses as chooseInterventions', () => {
    const card = chooseElementView(step);
    const next = card.buttons[0]?.data;
    const r = parseSubmit({
      ...next,
      selected: 'awp.triage-training,awp.lean',
      'justification:awp.lean': 'Verdieping voor het hele team.',
    });
    expect(r.ok && r.action).toMatchObject({
      verb: 'chooseInterventions',
      year: 3,
      element: 'awp',
      nav: 'next',
      justifications: { 'awp.lean': 'Verdieping voor het hele team.' },
    });
  });

  it('says when nothing is offered, and keeps user ${…} text in inputs untouched', () => {
    const none = expectValidCard(
      chooseElementTemplate.expand(chooseElementView({ ...step, element: 'upc', interventions: [], findings: [] })),
    );
    expect(texts(none)).toContain('De regio biedt in dit jaar niets aan voor dit element.');
    const nasty = chooseElementTemplate.expand(chooseElementView({ ...step, interventions: [{ ...LEAN, justification: NASTY }] }));
    expect(inputValue(expectValidCard(nasty, { allowDollarBrace: true }), 'justification:awp.lean')).toBe(NASTY);
  });

  it('stays under 80 KB with 12 interventions and 20 findings', () => {
    const unique = INTERVENTION_IDS.slice(0, 12).map((id, i) => ({
      ...LEAN,
      id,
      name: `Interventie ${i}`,
      reason: 'Lange uitleg over het waarom. '.repeat(8),
    }));
    expectValidCard(chooseElementTemplate.expand(chooseElementView({ ...step, interventions: unique, findings: manyFindings(20) })));
  });
});

describe('plan-review card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(
      planReviewTemplate.expand(
        planReviewView({
          locale,
          cardId: CARD_ID,
          year: 3,
          years: PLAN_YEARS,
          verdict: { ok: false, ruleSet: 'rijn-en-duin@2026' },
          findings: FINDINGS,
        }),
      ),
    );
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'Jaar 2' : 'Year 2');
    expect(text).toContain(
      locale === 'nl'
        ? '- Administratielast verlagen door Lean werken (verdieping: Ook de assistentes volgen de Lean-coach.)'
        : '(deepening: Ook',
    );
    expect(submitActions(card).map((a) => a.title)).toEqual(
      locale === 'nl' ? ['Opslaan', 'Aanpassen', 'Stoppen'] : ['Save', 'Change', 'Stop'],
    );
    expect(submitActions(card)[0]?.data).toEqual({ verb: 'savePlan', cardId: CARD_ID, year: 3 });
  });

  it('escapes a justification with markdown and ${…}', () => {
    const years = [{ year: 3, interventions: [{ id: 'awp.lean' as const, name: 'Lean', deepening: true, justification: NASTY }] }];
    const card = expectValidCard(
      planReviewTemplate.expand(
        planReviewView({ cardId: CARD_ID, year: 3, years, verdict: { ok: true, ruleSet: 'hoog@2024' }, findings: [] }),
      ),
    );
    expect(texts(card)).toContain('\\*De Linde\\*');
    expect(texts(card)).toContain('Geen bevindingen.');
  });

  it('stays under 80 KB with 20 findings and 10 full years', () => {
    const years = Array.from({ length: 10 }, (_, i) => ({ year: i + 1, interventions: YEAR_2.interventions }));
    expectValidCard(
      planReviewTemplate.expand(
        planReviewView({ cardId: CARD_ID, year: 1, years, verdict: { ok: false, ruleSet: 'hoog@2024' }, findings: manyFindings(20) }),
      ),
    );
  });
});

describe('plan card', () => {
  const years = PLAN_YEARS.map((y) => ({
    ...y,
    verdict: { ok: y.year !== 3, ruleSet: 'hoog@2024' },
    savedBy: 'Anja de Vries',
    savedAt: '15-03-2025',
  }));

  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(
      planTemplate.expand(
        planView({ locale, cardId: CARD_ID, practiceName: 'Huisartsen De Linde', praktijkplanSubmitted: '01-10-2023', years }),
      ),
    );
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'Praktijkplan Huisartsen De Linde' : 'Practice plan Huisartsen De Linde');
    expect(text).toContain(locale === 'nl' ? 'opgeslagen door Anja de Vries op 15-03-2025' : 'saved by Anja de Vries on 15-03-2025');
    expect(text).toContain(locale === 'nl' ? 'Samenwerken met het netwerk' : 'Working with the network');
  });

  it('escapes the practice name and saver', () => {
    const card = expectValidCard(
      planTemplate.expand(
        planView({ cardId: CARD_ID, practiceName: NASTY, years: years.slice(0, 1).map((y) => ({ ...y, savedBy: '_Jan_' })) }),
      ),
    );
    expect(texts(card)).toContain('$\\{evil\\}');
    expect(texts(card)).toContain('\\_Jan\\_');
  });

  it('shows an empty plan', () => {
    expect(texts(renderPlanCard({ cardId: CARD_ID, practiceName: 'De Linde', years: [] }))).toContain('Nog geen interventies gekozen.');
  });

  it.each([
    ['nl', 'Jaar 2 (vanaf 01-07-2024): regels Interventiehandboek HOOG 2024'],
    ['en', 'Year 2 (from 01-07-2024): rules HOOG intervention handbook 2024'],
  ] as const)('issue 9 §2: shows the version that decides each programme year (%s)', (locale, line) => {
    const versioned = years.map((y) => ({
      ...y,
      ruleSet: y.year === 1 ? 'hoog@2023.1' : 'hoog@2024.1',
      yearStart: `01-07-${2022 + y.year}`,
    }));
    const text = texts(
      expectValidCard(planTemplate.expand(planView({ locale, cardId: CARD_ID, practiceName: 'De Linde', years: versioned }))),
    );
    expect(text).toContain(line);
    expect(text).toContain(
      locale === 'nl' ? 'Jaar 1 (vanaf 01-07-2023): regels Regioplan HOOG 2023' : 'Year 1 (from 01-07-2023): rules HOOG regional plan 2023',
    );
  });
});
