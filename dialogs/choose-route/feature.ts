// Choose a route: which way the practice carries out an intervention with routes, from the status card's "kies route".
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { chooseRoute, routeTarget, showRouteCard } from './choose-route.js';

export function chooseRouteFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {},
    actions: {
      startChooseRoute: { needs: 'manager', run: (turn, a) => showRouteCard(turn, stores, a) },
      chooseRoute: {
        needs: 'manager',
        run: (turn, a) => chooseRoute(turn, stores, a),
        invalid: async (turn, errors, entered) => {
          const target = routeTarget(entered);
          if (target) await showRouteCard(turn, stores, target, errors);
          else await turn.reply.text(errors.map((e) => e.message).join('\n'));
        },
      },
    },
  };
}
