// The feature registry: every verb routed once (compile time and start), every command once, in both languages.
import { describe, expect, it } from 'vitest';
import { VERBS } from '../../cards/verbs.js';
import { createRoutes, type ActionRoutes } from '../../dialogs/features.js';
import { createMemoryStores } from '../../storage/memory/index.js';

const routes = createRoutes({ stores: createMemoryStores(), rhoTeams: {}, runCommand: () => Promise.resolve() });

describe('feature routes', () => {
  it('route every verb of cards/verbs.ts, and nothing else', () => {
    expect(Object.keys(routes.actions).sort()).toEqual([...VERBS].sort());
  });

  it('make a verb without its handler a compile error', () => {
    const { help: _help, ...withoutHelp } = routes.actions;
    // @ts-expect-error `help` is missing: tsc (npm test's typecheck) fails if this ever compiles.
    const incomplete: ActionRoutes = withoutHelp;
    expect(Object.keys(incomplete)).not.toContain('help');
  });

  it('put the practice check in front of every practice command, and the manager check where the practice changes', () => {
    const needing = (need: string) =>
      Object.entries(routes.commands)
        .filter(([, r]) => r.needs === need)
        .map(([id]) => id)
        .sort();
    expect(needing('practice')).toEqual(['advise', 'logCounts', 'logIntervisie', 'managers', 'plan', 'reminder', 'reminders', 'status']);
    expect(needing('manager')).toEqual(['chooseInterventions', 'entries']);
  });
});
