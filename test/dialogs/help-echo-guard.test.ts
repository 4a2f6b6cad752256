// Issue 12 §4: unknown input is echoed in the help card, but never when it holds patient data.
import { afterEach, describe, expect, it } from 'vitest';
import { allText, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the unknown-input echo', () => {
  it('echoes ordinary unknown input', async () => {
    h = await startHarness();
    expect(allText(await h.say('goedemorgen allemaal'))).toContain('goedemorgen allemaal');
  });

  it.each(['bsn 123 456 782 graag opzoeken', 'patiënt １２３４５６７８２', 'mw. geb. 12-3-48 belde', 'geboren op 12 maart 1948'])(
    'shows the help card without echoing %j',
    async (text) => {
      h = await startHarness();
      const out = allText(await h.say(text));
      expect(out).toContain('Dat begreep ik niet');
      expect(out).not.toContain(text);
      for (const part of ['123 456 782', '１２３４５６７８２', '12-3-48', '12 maart 1948']) expect(out).not.toContain(part);
    },
  );
});
