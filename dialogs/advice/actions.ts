// The payloads of the advisor's cards: the guided answers, and adding a suggestion to a year's plan.
import * as z from 'zod';
import { act, programmeYearField } from '../../cards/actions.js';
import { choice, csvList, err, optionalFreeText, wholeNumber } from '../../cards/fields.js';
import { ELEMENT_CHOICES, PRESSURE_POINTS, TEAM_SIZES } from '../../cards/options.js';
import { MAX_QUESTION_CHARS } from '../../rules/advise/caps.js';
import { INTERVENTION_IDS } from '../../rules/model.js';

export const AdviceAnswersAction = act('adviceAnswers', {
  pressure: csvList.pipe(z.array(z.enum(PRESSURE_POINTS), { error: 'choice' }).min(1, { error: 'required' })),
  teamSize: choice(TEAM_SIZES),
  element: choice(ELEMENT_CHOICES),
  // The advisor reads no more than this (rules/advise/caps.ts); a longer question is refused on the card.
  question: optionalFreeText(MAX_QUESTION_CHARS),
});
export type AdviceAnswersAction = z.infer<typeof AdviceAnswersAction>;

export const AddSuggestionAction = act('addSuggestion', { id: z.enum(INTERVENTION_IDS, err('intervention')), year: programmeYearField });
export type AddSuggestionAction = z.infer<typeof AddSuggestionAction>;

const intervention = z.enum(INTERVENTION_IDS, err('intervention'));
/** "Ja, toevoegen": `basedOn` is the version the confirmation's check was made on (0: the year had none). */
export const ConfirmSuggestionAction = act('confirmSuggestion', {
  id: intervention,
  year: programmeYearField,
  basedOn: wholeNumber(0, 1_000_000, 'invalid'),
});
export type ConfirmSuggestionAction = z.infer<typeof ConfirmSuggestionAction>;
/** "Ongedaan maken": `version` is the one the add saved; it must still be the latest. */
export const UndoSuggestionAction = act('undoSuggestion', {
  id: intervention,
  year: programmeYearField,
  version: wholeNumber(1, 1_000_000, 'invalid'),
});
export type UndoSuggestionAction = z.infer<typeof UndoSuggestionAction>;

export const SCHEMAS = {
  startAdvice: act('startAdvice', {}),
  adviceAnswers: AdviceAnswersAction,
  addSuggestion: AddSuggestionAction,
  confirmSuggestion: ConfirmSuggestionAction,
  undoSuggestion: UndoSuggestionAction,
};
