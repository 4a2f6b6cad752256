// Log counts: the metrics the chosen interventions require, a correction supersedes, the history shown.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { showCountCard, submitCount } from './log-counts.js';

export function logCountsFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      logCounts: {
        phrases: { nl: ['log aantallen', 'aantallen loggen', 'aantallen vastleggen', 'log aantal'], en: ['log counts', 'log count'] },
        needs: 'practice',
        run: (turn) => showCountCard(turn, stores),
      },
    },
    actions: {
      startLogCounts: { needs: 'practice', run: (turn) => showCountCard(turn, stores) },
      logCount: {
        needs: 'practice',
        run: (turn, a) => submitCount(turn, stores, a),
        invalid: (turn, errors, entered) => showCountCard(turn, stores, errors, entered),
      },
    },
  };
}
