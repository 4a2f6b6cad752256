// The payloads of the managers card (issue 11 §1): open it, add a team member, remove a manager.
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { err } from '../../cards/fields.js';

const memberId = z.string(err('choice')).trim().min(1, { error: 'choice' }).max(200, { error: 'choice' });

export const AddManagerAction = act('addManager', { memberId });
export type AddManagerAction = z.infer<typeof AddManagerAction>;
export const RemoveManagerAction = act('removeManager', { memberId });
export type RemoveManagerAction = z.infer<typeof RemoveManagerAction>;

export const SCHEMAS = {
  openManagers: act('openManagers', {}),
  addManager: AddManagerAction,
  removeManager: RemoveManagerAction,
};
