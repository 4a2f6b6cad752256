import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../dialogs/features.js';
import { commandMatcher, normalise } from '../../dialogs/router/commands.js';
import { createMemoryStores } from '../../storage/memory/index.js';

const { commands } = createRoutes({ stores: createMemoryStores(), rhoTeams: {}, runCommand: () => Promise.resolve() });
const matchCommand = commandMatcher(commands);

describe('normalise', () => {
  it.each([
    ['  Hülp?  ', 'hulp'],
    ['Praktijk   KOPPELEN!', 'praktijk koppelen'],
    ['/status', 'status'],
    ['café', 'cafe'],
  ])('%j → %j', (input, expected) => expect(normalise(input)).toBe(expected));
});

describe('matchCommand', () => {
  it.each([
    ['help', 'help', ''],
    ['Hulp', 'help', ''],
    ['?', 'help', ''],
    ['koppel praktijk', 'linkPractice', ''],
    ['Link practice', 'linkPractice', ''],
    ['kies interventies jaar 2', 'chooseInterventions', 'jaar 2'],
    ['Choose interventions', 'chooseInterventions', ''],
    ['welke interventie past', 'advise', ''],
    ['Welke interventie past bij ons? Telefoon staat roodgloeiend', 'advise', 'Telefoon staat roodgloeiend'],
    ['which intervention fits: lots of phone calls', 'advise', 'lots of phone calls'],
    ['log intervisie', 'logIntervisie', ''],
    ['log aantallen', 'logCounts', ''],
    ['Log counts', 'logCounts', ''],
    ['status?', 'status', ''],
    ['plan', 'plan', ''],
    ['praktijkplan 2025', 'plan', '2025'],
    ['Stop', 'stop', ''],
    ['Hoeveel intervisiebijeenkomsten moeten we per jaar doen?', 'advise', 'Hoeveel intervisiebijeenkomsten moeten we per jaar doen?'],
    ['kies praktijk', 'choosePractice', ''],
  ])('%j → %s %j', (text, command, args) => expect(matchCommand(text)).toEqual({ command, args }));

  it.each(['', '   ', 'hallo', 'statussen', 'kies', 'planning maken'])('%j is no command', (text) =>
    expect(matchCommand(text)).toBeUndefined(),
  );

  it('has Dutch and English words for every command, already normalised', () => {
    for (const { phrases } of Object.values(commands)) {
      expect(phrases.nl.length).toBeGreaterThan(0);
      expect(phrases.en.length).toBeGreaterThan(0);
      for (const phrase of [...phrases.nl, ...phrases.en]) expect(normalise(phrase)).toBe(phrase);
    }
  });
});
