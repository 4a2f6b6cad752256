#!/usr/bin/env node
// `npx mtvp …`: the CLI is TypeScript, run through tsx (a runtime dependency) without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../rules/cli/main.ts');
