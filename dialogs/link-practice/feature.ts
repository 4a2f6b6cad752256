// Koppel praktijk: link this team to a practice (or as an RHO channel), from the command or the welcome card.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { showLinkCard, showLinkConsultantCard, submitLink, submitLinkConsultant } from './link-practice.js';

export function linkPracticeFeature({ stores, rhoTeams }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      linkPractice: {
        phrases: { nl: ['koppel praktijk', 'praktijk koppelen', 'koppel'], en: ['link practice', 'link'] },
        needs: 'none',
        run: (turn) => showLinkCard(turn, stores),
      },
    },
    actions: {
      startLink: { needs: 'none', run: (turn) => showLinkCard(turn, stores) },
      linkPractice: {
        needs: 'none',
        run: (turn, a) => submitLink(turn, stores, a),
        invalid: (turn, errors, entered) => showLinkCard(turn, stores, errors, entered),
      },
      startLinkConsultant: { needs: 'none', run: (turn) => showLinkConsultantCard(turn) },
      linkConsultantChannel: {
        needs: 'none',
        run: (turn, a) => submitLinkConsultant(turn, stores, rhoTeams, a),
        invalid: (turn, errors) => showLinkConsultantCard(turn, errors),
      },
    },
  };
}
