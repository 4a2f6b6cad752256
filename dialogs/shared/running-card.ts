// A running wizard keeps the card it shows in its state (`cardId`, and `activityId` once sent): a Stoppen button on
// that card ends the wizard, a typed "stop" ends it and makes the card read-only.
import * as z from 'zod';
import { t } from '../../rules/i18n/index.js';
import type { Locale } from '../../rules/model.js';
import type { DialogTurn } from '../router/turn.js';

const RunningCard = z.object({
  cardId: z.string(),
  activityId: z.string().optional(),
  /** The programme year of a "kies interventies" run (choose-view.ts ChooseState), to say what was stopped. */
  year: z.number().int().optional(),
});
export type RunningCard = z.infer<typeof RunningCard>;

export function parseRunningCard(state: unknown): RunningCard | undefined {
  return RunningCard.safeParse(state).data;
}

export async function runningCard(turn: Pick<DialogTurn, 'wizard'>): Promise<RunningCard | undefined> {
  return parseRunningCard(await turn.wizard.get());
}

/** What runs, as the user named it: "kies interventies (jaar 2)". */
export function runningName(run: RunningCard | undefined, locale: Locale): string {
  return run?.year !== undefined ? t(locale, 'stop.choose', { year: run.year }) : t(locale, 'stop.wizard');
}
