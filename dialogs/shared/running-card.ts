// A running wizard keeps the card it shows in its state (`cardId`, and `activityId` once sent): a Stoppen button on
// that card ends the wizard, a typed "stop" ends it and makes the card read-only.
import * as z from 'zod';
import type { DialogTurn } from '../router/turn.js';

const RunningCard = z.object({ cardId: z.string(), activityId: z.string().optional() });
export type RunningCard = z.infer<typeof RunningCard>;

export async function runningCard(turn: Pick<DialogTurn, 'wizard'>): Promise<RunningCard | undefined> {
  return RunningCard.safeParse(await turn.wizard.get()).data;
}
