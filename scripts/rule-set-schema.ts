// Writes rules/rule-set.schema.json from the zod schema, so an RHO administrator's editor validates a new
// rule-set file while typing (every file points to it with "$schema"). `npm run rules:schema` after a schema change.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { RuleSet } from '../rules/schema.js';
import { repoRoot } from './lib/repo-root.js';

// The source file, also when this script runs compiled from dist/scripts/.
const target = join(repoRoot, 'rules', 'rule-set.schema.json');
const schema = z.toJSONSchema(RuleSet, { target: 'draft-2020-12', io: 'input' });
writeFileSync(target, `${JSON.stringify({ ...schema, title: 'MTVP rule set' }, null, 2)}\n`);
process.stdout.write(`${target}\n`);
