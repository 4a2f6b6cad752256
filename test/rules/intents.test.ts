// Issue 13 §2: free text → intent, with the advisor's search machinery and a confidence threshold.
import { describe, expect, it } from 'vitest';
import { rulesQuestion } from '../../rules/advise/rules-question.js';
import { t } from '../../rules/i18n/index.js';
import { ASK_AT, matchIntent, RUN_AT, scoreIntents } from '../../rules/intents/match.js';
import { INTENT_PHRASES, INTENTS } from '../../rules/intents/phrases.js';
import { namesProblem } from '../../rules/intents/problem.js';

describe('the intent matcher', () => {
  it.each([
    ['wat moeten we dit jaar nog doen?', 'status'],
    ['Hoe staan we er eigenlijk voor?', 'status'],
    ['what do we still need to do this year?', 'status'],
    ['are we on track?', 'status'],
    ['ik wil intervisie loggen', 'logIntervisie'],
    ['we hebben gisteren intervisie gehad', 'logIntervisie'],
    ['ik wil de aantallen doorgeven', 'logCounts'],
    ['wat hebben we gekozen voor jaar 2', 'plan'],
    ['how does this work?', 'help'],
    ['hoe log ik intervisie?', 'logIntervisie'],
    ['show me the status please', 'status'],
    ['ik heb een vraag over de regels', 'rules'],
  ] as const)('runs %j as %s (Dutch and English)', (text, intent) => {
    const match = matchIntent(text);
    expect(match).toMatchObject({ kind: 'run', intent });
    if (match.kind === 'run') expect(match.confidence).toBeGreaterThanOrEqual(RUN_AT);
  });

  it('runs every example phrase as its own intent, in either language', () => {
    for (const group of INTENT_PHRASES)
      for (const phrase of [...group.nl, ...group.en])
        expect(matchIntent(phrase), phrase).toMatchObject({ kind: 'run', intent: group.intent });
  });

  it('says when the question has more than its phrase (the advisor then searches with the whole question)', () => {
    expect(matchIntent('wat kunnen we doen aan de drukte aan de telefoon')).toMatchObject({ kind: 'run', intent: 'advice', more: true });
    expect(matchIntent('kun je ons adviseren')).toMatchObject({ kind: 'run', intent: 'advice', more: false });
  });

  it('asks between plausible intents below the threshold, best first, at most three', () => {
    const match = matchIntent('wat moeten we');
    expect(match.kind).toBe('ask');
    if (match.kind !== 'ask') return;
    expect(match.candidates[0]?.intent).toBe('status');
    expect(match.candidates.length).toBeLessThanOrEqual(3);
    for (const c of match.candidates) {
      expect(c.confidence).toBeGreaterThanOrEqual(ASK_AT);
      expect(c.confidence).toBeLessThan(RUN_AT);
    }
  });

  it('asks rather than guesses when one word fits two intents', () => {
    const match = matchIntent('intervisie');
    expect(match).toMatchObject({ kind: 'ask' });
    if (match.kind === 'ask') expect(match.candidates.map((c) => c.intent)).toEqual(['logIntervisie', 'rules']);
  });

  it.each(['asdf qwerty', 'goedemorgen allemaal', 'hallo', 'blabla xyz', 'wat is het weer morgen', 'dank je wel', 'ok', ''])(
    'understands nothing in %j',
    (text) => {
      expect(matchIntent(text)).toEqual({ kind: 'none' });
    },
  );

  it('scores from 0 to 1, the exact phrase 1, and is deterministic', () => {
    const scores = scoreIntents('hoe staan we ervoor');
    expect(scores[0]).toEqual({ intent: 'status', confidence: 1, more: false });
    for (const s of scores) expect(s.confidence).toBeGreaterThan(0);
    expect(scoreIntents('hoe staan we ervoor')).toEqual(scores);
  });

  it('has phrases in both languages and a source for every intent', () => {
    expect(INTENT_PHRASES.map((g) => g.intent).sort()).toEqual([...INTENTS].sort());
    for (const g of INTENT_PHRASES) {
      expect(g.nl.length, g.intent).toBeGreaterThan(0);
      expect(g.en.length, g.intent).toBeGreaterThan(0);
      expect(g.source.trim(), g.intent).not.toBe('');
    }
  });
});

describe('a bare problem description (the advisor answers it)', () => {
  it.each(['we hebben veel telefoontjes van kwetsbare ouderen', 'de balie is steeds overvol', 'te veel veelgebruikers'])(
    '%s names a problem',
    (text) => expect(namesProblem(text)).toBe(true),
  );
  // Small words of multi-word entries ("veel", "steeds", "van") alone are no problem.
  it.each(['asdf qwerty', 'hallo', 'dank je wel', 'veel van steeds', 'wat vind jij van het weer'])('%s does not', (text) =>
    expect(namesProblem(text)).toBe(false),
  );
});

describe('rules questions in either language', () => {
  it.each([
    ['mogen we het meekijkconsult kiezen?', { topic: 'choose', intervention: 'sn.meekijkconsult' }],
    ['mag triage training in jaar 2?', { topic: 'choose', intervention: 'awp.triage-training', year: 2 }],
    ['may we choose the meekijkconsult?', { topic: 'choose', intervention: 'sn.meekijkconsult' }],
    ['can we pick triage training in year 2?', { topic: 'choose', intervention: 'awp.triage-training', year: 2 }],
    ['how many interventions are required?', { topic: 'minimum' }],
    ['wat zijn de regels?', { topic: 'minimum' }],
  ] as const)('%j is a rules question', (text, expected) => {
    expect(rulesQuestion(text)).toEqual(expected);
  });

  it.each(['hoe log ik intervisie?', 'kan ik intervisie invullen?', 'wat moeten we dit jaar nog doen?', 'voldoen we aan de eisen?'])(
    '%j is not',
    (text) => {
      expect(rulesQuestion(text)).toBeUndefined();
    },
  );
});

describe.each(['nl', 'en'] as const)("the help card's own-words examples in %s", (locale) => {
  it('do what they promise: the first shows the status, the second is a rules question', () => {
    const [status, rules] = [...t(locale, 'command.ownWords.text').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(matchIntent(status ?? '')).toMatchObject({ kind: 'run', intent: 'status' });
    expect(rulesQuestion(rules ?? '')).toMatchObject({ topic: 'choose', intervention: 'sn.meekijkconsult' });
  });
});
