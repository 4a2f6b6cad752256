// The payload of "Details" on the RHO summary: which practice of the region to show.
import { z } from 'zod';
import { act } from '../../cards/actions.js';
import { err } from '../../cards/fields.js';

export const OpenPracticeStatusAction = act('openPracticeStatus', { practiceId: z.string(err('invalid')).min(1).max(100) });
export type OpenPracticeStatusAction = z.infer<typeof OpenPracticeStatusAction>;

export const SCHEMAS = { openPracticeStatus: OpenPracticeStatusAction };
