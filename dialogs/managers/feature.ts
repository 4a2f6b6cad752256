// Beheerders: who may change the practice; every member sees the list, a manager adds or removes (issue 11 §1).
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { addManager, removeManager, showManagers } from './managers.js';

export function managersFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      managers: {
        phrases: { nl: ['beheerders', 'beheerder', 'wie is beheerder'], en: ['managers', 'practice managers'] },
        needs: 'practice',
        run: (turn) => showManagers(turn, stores),
      },
    },
    actions: {
      openManagers: { needs: 'practice', run: (turn) => showManagers(turn, stores) },
      addManager: { needs: 'manager', run: (turn, a) => addManager(turn, stores, a) },
      removeManager: { needs: 'manager', run: (turn, a) => removeManager(turn, stores, a) },
    },
  };
}
