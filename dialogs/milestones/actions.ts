// The payloads of "afvinken" on the status card and of the milestone form (issue 9 §4).
import * as z from 'zod';
import { act, programmeYearField } from '../../cards/actions.js';
import { dateInput, optionalFreeText } from '../../cards/fields.js';

const milestoneId = z.string().min(1).max(120);

export const StartMarkMilestoneAction = act('startMarkMilestone', { milestone: milestoneId, year: programmeYearField.optional() });
export type StartMarkMilestoneAction = z.infer<typeof StartMarkMilestoneAction>;

export const MarkMilestoneDoneAction = act('markMilestoneDone', {
  milestone: milestoneId,
  year: programmeYearField.optional(),
  date: dateInput,
  // Staff (a name or a role), never patients: the patient-data check of free text applies.
  by: optionalFreeText(80),
  note: optionalFreeText(500),
});
export type MarkMilestoneDoneAction = z.infer<typeof MarkMilestoneDoneAction>;

export const SCHEMAS = {
  startMarkMilestone: StartMarkMilestoneAction,
  markMilestoneDone: MarkMilestoneDoneAction,
};
