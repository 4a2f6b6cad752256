// `mtvp advise` through the real binary (issue 9 §5): `--other-funding` in the plan's format or short, `answer` for
// a rules question and `excluded` with the reason; the output of a plain question keeps its one field.
import { beforeAll, describe, expect, it } from 'vitest';
import { runAll, type Run } from '../fixtures/cli/run-mtvp.js';

const cases = {
  plain: { args: ['advise', '--region', 'hoog', '--year', '1', 'de tel staat roodgloeiend'] },
  rules: { args: ['advise', '--region', 'hoog', '--year', '2', 'Mag ik het meekijkconsult kiezen?'] },
  intervisie: { args: ['advise', '--region', 'rijn-en-duin', 'Hoeveel intervisiebijeenkomsten moeten we per jaar doen?'] },
  fundedJson: {
    args: [
      'advise',
      '--region',
      'hoog',
      '--subregion',
      'zutphen',
      '--other-funding',
      '[{"scheme":"tbhz","project":"zelfmetingen"}]',
      'bloeddruk thuis meten via het portaal',
    ],
  },
  fundedShort: {
    args: [
      'advise',
      '--region',
      'hoog',
      '--other-funding',
      'tbhz:awp.lean',
      '--other-funding',
      'subsidie',
      'we verdrinken in de administratie',
    ],
  },
  badFunding: { args: ['advise', '--region', 'hoog', '--other-funding', 'lottery:x', 'administratie'] },
  badJson: { args: ['advise', '--region', 'hoog', '--other-funding', '[{"scheme":', 'administratie'] },
};

let out: Record<keyof typeof cases, Run>;
beforeAll(async () => {
  out = await runAll(cases);
});
const json = (key: keyof typeof cases) => JSON.parse(out[key].stdout) as Record<string, unknown>;

describe('mtvp advise: answers, other funding, excluded', () => {
  it('a plain question still prints only { suggestions }', () => {
    expect(out.plain.code).toBe(0);
    expect(Object.keys(json('plain'))).toEqual(['suggestions']);
  });

  it('a rules question prints the answer with its source and no unrelated suggestion', () => {
    expect(out.rules.code).toBe(0);
    expect(json('rules')).toMatchObject({
      suggestions: [],
      answer: {
        topic: 'choose',
        intervention: 'sn.meekijkconsult',
        verdict: 'no',
        ruleSet: 'hoog@2024',
        text: expect.stringContaining('Niet te kiezen: dubbelloop in financiering.'),
        source: '000 §Ondersteuning HOOG',
      },
    });
    expect(json('intervisie')).toMatchObject({ suggestions: [], answer: { topic: 'intervisie', source: expect.stringContaining('004') } });
  });

  it('--other-funding as JSON leaves out awp.ehealth and says why (000 §2.8)', () => {
    expect(out.fundedJson.code).toBe(0);
    const { suggestions, excluded } = json('fundedJson') as { suggestions: { id: string }[]; excluded: { id: string; source: string }[] };
    expect(suggestions.map((s) => s.id)).not.toContain('awp.ehealth');
    expect(excluded).toEqual([expect.objectContaining({ id: 'awp.ehealth', source: expect.stringContaining('000 §2.8') })]);
  });

  it('--other-funding short and repeated: scheme:intervention', () => {
    expect(out.fundedShort.code).toBe(0);
    expect(json('fundedShort')).toMatchObject({ excluded: [{ id: 'awp.lean' }] });
  });

  it.each(['badFunding', 'badJson'] as const)('%s: exit 2 naming the option', (key) => {
    expect(out[key].code).toBe(2);
    expect(out[key].stderr).toContain('--other-funding');
    expect(out[key].stdout).toBe('');
  });
});
