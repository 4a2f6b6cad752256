// Writes rules/rule-set.schema.json from the zod schema, so an RHO administrator's editor validates a new
// rule-set file while typing (every file points to it with "$schema"). `npm run rules:schema` after a schema change.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RuleSet } from '../rules/schema.js';

const target = fileURLToPath(new URL('../rules/rule-set.schema.json', import.meta.url));
const schema = z.toJSONSchema(RuleSet, { target: 'draft-2020-12', io: 'input' });
writeFileSync(target, `${JSON.stringify({ ...schema, title: 'MTVP rule set' }, null, 2)}\n`);
process.stdout.write(`${target}\n`);
