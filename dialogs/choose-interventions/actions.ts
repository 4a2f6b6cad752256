// The payloads of the choose wizard's cards: a step (element choice and navigation), review, edit and save.
import * as z from 'zod';
import { act, programmeYearField } from '../../cards/actions.js';
import { choice, csvList, optionalFreeText } from '../../cards/fields.js';
import { ELEMENTS, INTERVENTION_IDS, InterventionId } from '../../rules/model.js';

const interventionIds = csvList.pipe(z.array(z.enum(INTERVENTION_IDS, { error: 'intervention' })));

export const StepAction = act('chooseInterventions', {
  year: programmeYearField,
  element: choice(ELEMENTS),
  nav: choice(['next', 'back']),
  selected: interventionIds,
  justifications: z.partialRecord(InterventionId, optionalFreeText(2000), { error: 'intervention' }).default({}),
});
export type StepAction = z.infer<typeof StepAction>;
export const SavePlanAction = act('savePlan', { year: programmeYearField });
export const EditPlanAction = act('editPlan', { year: programmeYearField });

/** What the wizard's own cards send while it runs. */
export type WizardAction = StepAction | z.infer<typeof SavePlanAction> | z.infer<typeof EditPlanAction>;

export const SCHEMAS = {
  startChoose: act('startChoose', { year: programmeYearField.optional() }),
  chooseInterventions: StepAction,
  savePlan: SavePlanAction,
  editPlan: EditPlanAction,
};
