// Kies praktijk (personal chat): the practice the user works for, picked among the practices whose team they are in.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { showPracticeChoice, submitPracticeChoice } from './pick-practice.js';

export function pickPracticeFeature({ stores, runCommand }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      choosePractice: {
        phrases: {
          nl: ['kies praktijk', 'wissel praktijk', 'andere praktijk', 'praktijk kiezen'],
          en: ['choose practice', 'switch practice', 'pick practice'],
        },
        needs: 'none',
        run: (turn) => showPracticeChoice(turn),
      },
    },
    actions: {
      selectPractice: {
        needs: 'none',
        run: (turn, a) => submitPracticeChoice(turn, stores, a, (t, resume) => runCommand(t, resume.command, resume.args)),
        invalid: (turn, errors) => showPracticeChoice(turn, errors),
      },
    },
  };
}
