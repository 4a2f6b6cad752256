import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RuleSet } from '../../rules/schema.js';

describe('rules/rule-set.schema.json', () => {
  it('matches the zod schema (run `npm run rules:schema` after changing rules/schema.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../rules/rule-set.schema.json', import.meta.url), 'utf8'));
    const fresh = { ...z.toJSONSchema(RuleSet, { target: 'draft-2020-12', io: 'input' }), title: 'MTVP rule set' };
    expect(committed).toEqual(fresh);
  });
});
