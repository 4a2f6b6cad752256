// "Welke interventie past bij ons?": free text after the command, or the guided questions; suggestions can be added.
import { rulesQuestion } from '../../rules/advise/rules-question.js';
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { addSuggestion, confirmSuggestion, undoSuggestion } from './add-to-plan.js';
import { adviseAnswers, adviseText, showQuestions } from './advice.js';

export function adviceFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      advise: {
        phrases: {
          nl: ['welke interventie past bij ons', 'welke interventie past', 'welke interventies passen', 'advies'],
          en: ['which intervention fits us', 'which intervention fits', 'which interventions fit', 'advice'],
        },
        // "Mag ik het meekijkconsult kiezen?" typed on its own is a rules question the advisor answers from the rule set.
        recognises: (text) => rulesQuestion(text) !== undefined,
        needs: 'practice',
        run: (turn, args) => adviseText(turn, stores, args),
      },
    },
    actions: {
      startAdvice: { needs: 'practice', run: (turn) => showQuestions(turn) },
      adviceAnswers: {
        needs: 'practice',
        run: (turn, a) => adviseAnswers(turn, stores, a),
        invalid: (turn, errors, entered) => showQuestions(turn, errors, entered),
      },
      addSuggestion: { needs: 'manager', run: (turn, a) => addSuggestion(turn, stores, a) },
      confirmSuggestion: { needs: 'manager', run: (turn, a) => confirmSuggestion(turn, stores, a) },
      undoSuggestion: { needs: 'manager', run: (turn, a) => undoSuggestion(turn, stores, a) },
    },
  };
}
