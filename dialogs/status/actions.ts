// The payloads of the status and plan cards' buttons.
import type { z } from 'zod';
import { act, programmeYearField } from '../../cards/actions.js';
import { optionalDateInput } from '../../cards/fields.js';

export const OpenPlanAction = act('openPlan', { year: programmeYearField.optional() });
export const MarkSubmittedAction = act('markPraktijkplanSubmitted', { date: optionalDateInput });
export type MarkSubmittedAction = z.infer<typeof MarkSubmittedAction>;

export const SCHEMAS = {
  openStatus: act('openStatus', {}),
  openPlan: OpenPlanAction,
  markPraktijkplanSubmitted: MarkSubmittedAction,
};
