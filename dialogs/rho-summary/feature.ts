// Samenvatting: the RHO consultant's view of the region, in the region's consultant channel (issue 11 §1, §4).
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { openPracticeStatus, showSummary } from './summary.js';

export function rhoSummaryFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      summary: {
        phrases: { nl: ['samenvatting', 'overzicht regio', 'regio overzicht'], en: ['summary', 'region summary'] },
        needs: 'none',
        run: (turn) => showSummary(turn, stores),
      },
    },
    actions: {
      openPracticeStatus: { needs: 'none', run: (turn, a) => openPracticeStatus(turn, stores, a) },
    },
  };
}
