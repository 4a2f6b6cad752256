// Milestones: mark a region's dated duty done, or record evidence of a chosen intervention, from the status card.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { fromEntered, markMilestoneDone, showMilestoneCard } from './milestones.js';

export function milestonesFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {},
    actions: {
      startMarkMilestone: { needs: 'manager', run: (turn, a) => showMilestoneCard(turn, a) },
      markMilestoneDone: {
        needs: 'manager',
        run: (turn, a) => markMilestoneDone(turn, stores, a),
        invalid: (turn, errors, entered) => showMilestoneCard(turn, fromEntered(entered), errors, entered),
      },
    },
  };
}
