// Issue 9 §5 in the chat: a rules question gets the rule set's answer with its source, not an unrelated intervention;
// the linked practice's other funding leaves an intervention out and says why.
import { afterEach, describe, expect, it } from 'vitest';
import { allText, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('welke interventie past: rules questions and other funding', () => {
  it('answers "hoeveel intervisie" from the rule set with its source, and suggests no intervention', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('advies hoeveel intervisiebijeenkomsten moeten we per jaar doen?'));
    expect(text).toContain('Antwoord uit het regioplan');
    expect(text).toContain('minimaal 2 intervisiebijeenkomsten per jaar');
    expect(text).toContain('Bron: Interventiehandboek HOOG 2024, 6.1 Intervisie');
    expect(text).not.toContain('Toevoegen aan plan');
  });

  it('explains that HOOG 2024 excludes the meekijkconsult: dubbelloop in financiering, with the source', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('advies mag ik het meekijkconsult kiezen?'));
    expect(text).toContain('Niet te kiezen: dubbelloop in financiering.');
    expect(text).toContain('Bron: Interventiehandboek HOOG 2024, Ondersteuning HOOG');
  });

  it('answers a rules question typed on its own, without the advice command', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('Mag ik het meekijkconsult kiezen?'));
    expect(text).toContain('Niet te kiezen: dubbelloop in financiering.');
    expect(text).not.toContain('Dat begreep ik niet');
  });

  it('leaves out what the practice is funded for elsewhere (TBHZ Zelfmetingen, 000 §2.8) and says why', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { otherFunding: [{ scheme: 'tbhz', project: 'zelfmetingen' }] });
    const rs = await h.say('welke interventie past bloeddruk thuis meten via het portaal');
    const text = allText(rs);
    expect(text).toContain('Niet voorgesteld voor jullie praktijk');
    expect(text).toContain('(bron: Interventiehandboek HOOG 2024, 2.8 ');
    // Explained in the notice, never offered as a suggestion to add.
    expect(JSON.stringify(rs)).not.toContain('"id":"awp.ehealth"');
  });
});
