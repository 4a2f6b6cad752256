// Log intervisie: the form from the command or a card button, the save, and the count after.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { showIntervisieCard, submitIntervisie } from './log-intervisie.js';

export function logIntervisieFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      logIntervisie: {
        phrases: {
          nl: ['log intervisie', 'intervisie loggen', 'intervisie vastleggen'],
          en: ['log intervisie', 'log peer review', 'log intervision'],
        },
        needs: 'practice',
        run: (turn) => showIntervisieCard(turn),
      },
    },
    actions: {
      startLogIntervisie: { needs: 'practice', run: (turn) => showIntervisieCard(turn) },
      logIntervisie: {
        needs: 'practice',
        run: (turn, a) => submitIntervisie(turn, stores, a),
        invalid: (turn, errors, entered) => showIntervisieCard(turn, errors, entered),
      },
    },
  };
}
