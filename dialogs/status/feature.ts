// Status and plan: where the practice stands, what was chosen per year, and "praktijkplan ingediend".
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { markSubmitted, showPlan, showStatus } from './status.js';

export function statusFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      status: {
        phrases: { nl: ['status', 'stand van zaken'], en: ['status'] },
        needs: 'practice',
        run: (turn) => showStatus(turn, stores),
      },
      plan: {
        phrases: { nl: ['plan', 'praktijkplan', 'toon plan'], en: ['plan', 'show plan', 'practice plan'] },
        needs: 'practice',
        run: (turn) => showPlan(turn, stores),
      },
    },
    actions: {
      openStatus: { needs: 'practice', run: (turn) => showStatus(turn, stores) },
      openPlan: { needs: 'practice', run: (turn, a) => showPlan(turn, stores, a.year) },
      markPraktijkplanSubmitted: { needs: 'manager', run: (turn, a) => markSubmitted(turn, stores, a) },
    },
  };
}
