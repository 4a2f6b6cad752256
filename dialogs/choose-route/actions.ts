// The payloads of "kies route" on the status card and of the route form (issue 9 §1: routes as rule-set data).
import * as z from 'zod';
import { act, programmeYearField } from '../../cards/actions.js';
import { InterventionId } from '../../rules/model.js';
import { err } from '../../cards/fields.js';

const intervention = z.enum(InterventionId.options, err('intervention'));

export const StartChooseRouteAction = act('startChooseRoute', { year: programmeYearField, intervention });
export type StartChooseRouteAction = z.infer<typeof StartChooseRouteAction>;

export const ChooseRouteAction = act('chooseRoute', {
  year: programmeYearField,
  intervention,
  route: z.string(err('choice')).trim().min(1, { error: 'choice' }).max(60, { error: 'choice' }),
});
export type ChooseRouteAction = z.infer<typeof ChooseRouteAction>;

export const SCHEMAS = {
  startChooseRoute: StartChooseRouteAction,
  chooseRoute: ChooseRouteAction,
};
