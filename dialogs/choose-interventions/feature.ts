// Kies interventies: the wizard for one programme year, started by the command ("kies interventies 2") or a button.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { PracticeTurn } from '../router/turn.js';
import { currentYear } from '../shared/practice-facts.js';
import type { SCHEMAS } from './actions.js';
import { ChooseWizard } from './wizard.js';

/** "kies interventies 2" chooses for year 2; anything else the current programme year. */
export function yearArg(args: string): number | undefined {
  const m = /^(?:jaar|year)?\s*(\d{1,2})$/i.exec(args.trim());
  const year = m?.[1] === undefined ? undefined : Number(m[1]);
  return year !== undefined && year >= 1 && year <= 10 ? year : undefined;
}

export function chooseInterventionsFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  const wizard = new ChooseWizard(stores);
  const start = (turn: PracticeTurn, year?: number): Promise<void> =>
    wizard.start(turn, year ?? currentYear(turn.practice.value, turn.now));
  return {
    commands: {
      chooseInterventions: {
        phrases: {
          nl: ['kies interventies', 'interventies kiezen', 'kies interventie'],
          en: ['choose interventions', 'choose intervention'],
        },
        needs: 'manager',
        run: (turn, args) => start(turn, yearArg(args)),
      },
    },
    actions: {
      startChoose: { needs: 'manager', run: (turn, a) => start(turn, a.year) },
      chooseInterventions: { needs: 'none', run: (turn, a) => wizard.act(turn, a), invalid: (turn, e) => wizard.refuse(turn, e) },
      savePlan: { needs: 'manager', run: (turn, a) => wizard.act(turn, a), invalid: (turn, e) => wizard.refuse(turn, e) },
      editPlan: { needs: 'none', run: (turn, a) => wizard.act(turn, a), invalid: (turn, e) => wizard.refuse(turn, e) },
    },
  };
}
