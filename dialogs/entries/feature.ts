// Correct or delete an intervisie session or a count (issue 13 §5): managers only, from a command or the status and
// count cards; nothing is really deleted.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import {
  askRemove,
  confirmRemove,
  correctCount,
  correctIntervisie,
  editEntry,
  invalidCount,
  invalidIntervisie,
  showEntries,
} from './entries.js';

export function entriesFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      entries: {
        phrases: {
          nl: [
            'correctie',
            'correcties',
            'wijzig registraties',
            'registraties wijzigen',
            'registratie verwijderen',
            'wijzig intervisie',
            'wijzig aantallen',
          ],
          en: ['corrections', 'correct entries', 'edit entries', 'delete entry'],
        },
        needs: 'manager',
        run: (turn) => showEntries(turn, stores),
      },
    },
    actions: {
      openEntries: { needs: 'manager', run: (turn) => showEntries(turn, stores) },
      listEntries: { needs: 'manager', run: (turn) => showEntries(turn, stores) },
      editEntry: { needs: 'manager', run: (turn, a) => editEntry(turn, stores, a) },
      removeEntry: { needs: 'manager', run: (turn, a) => askRemove(turn, stores, a) },
      confirmRemoveEntry: { needs: 'manager', run: (turn, a) => confirmRemove(turn, stores, a) },
      correctIntervisie: {
        needs: 'manager',
        run: (turn, a) => correctIntervisie(turn, stores, a),
        invalid: (turn, errors, entered) => invalidIntervisie(turn, errors, entered),
      },
      correctCount: {
        needs: 'manager',
        run: (turn, a) => correctCount(turn, stores, a),
        invalid: (turn, errors, entered) => invalidCount(turn, stores, errors, entered),
      },
    },
  };
}
