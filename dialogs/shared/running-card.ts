// A running dialog keeps the card it shows in its state (`cardId`, and `activityId` once sent): a Stoppen button on
// that card ends the dialog, a typed "stop" ends it and makes the card read-only.
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';

const RunningCard = z.object({ cardId: z.string(), activityId: z.string().optional() });
export type RunningCard = z.infer<typeof RunningCard>;

export function runningCard(dc: DialogContext): RunningCard | undefined {
  return RunningCard.safeParse(dc.activeDialog?.state).data;
}
