// What the role tables share (roles.test.ts: manager / member in the channel; roles-scope.test.ts: the other scopes):
// the people, which commands and card actions need a manager, and the snapshot a refused action must leave as it was.
import type { Verb } from '../../cards/verbs.js';
import { createRoutes } from '../../dialogs/features.js';
import { AUDIT } from '../../dialogs/shared/ids.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import { PRACTICE, TEAM, type Harness } from './support.js';

export const ANNE = '00000000-0000-0000-0000-0000000000a1';
export const JAN = '00000000-0000-0000-0000-0000000000a2';
export const AS_JAN = { extra: { from: { id: '29:user-2', name: 'Jan Bakker', aadObjectId: JAN } } };
export const REFUSED = 'Dit mag alleen een beheerder van de praktijk';

/** What a manager may do and a member may not (README "Rollen"); everything else is open to every member. */
export const MANAGER_VERBS: readonly Verb[] = [
  'startChoose',
  'savePlan',
  'addSuggestion',
  'confirmSuggestion',
  'undoSuggestion',
  'markPraktijkplanSubmitted',
  'startMarkMilestone',
  'markMilestoneDone',
  'startChooseRoute',
  'chooseRoute',
  'addManager',
  'removeManager',
  'saveReminderSettings',
  'snoozeReminder',
  'turnOffReminder',
  'turnOnReminder',
  // the link form of a linked practice edits it; in a team without a practice anyone links
  'startLink',
  'linkPractice',
  // correcting and deleting intervisie and counts (issue 13 §5)
  'openEntries',
  'listEntries',
  'editEntry',
  'removeEntry',
  'confirmRemoveEntry',
  'correctIntervisie',
  'correctCount',
];
// "koppel praktijk" opens the edit form of the linked practice: a manager's; in a team without a practice anyone links.
export const MANAGER_COMMANDS = ['chooseInterventions', 'linkPractice', 'entries'];

const ROUTES = createRoutes({ stores: createMemoryStores(), rhoTeams: {}, runCommand: () => Promise.resolve() });
/** What each command and card action needs first: 'none', a practice the user may act for, or one they manage. */
export const NEEDS = {
  commands: Object.fromEntries(Object.entries(ROUTES.commands).map(([id, r]) => [id, r.needs])),
  verbs: Object.fromEntries(Object.entries(ROUTES.actions).map(([verb, r]) => [verb, r.needs])),
} as const;

/** Every command: its id, its first Dutch phrase and whether it needs a manager. */
export const COMMANDS = Object.entries(ROUTES.commands).map(
  ([id, route]) => [id, route.phrases.nl[0] ?? id, MANAGER_COMMANDS.includes(id)] as const,
);

/** Everything of the practice a refused action must leave as it was; `refusals` keeps the audited refusals in it too. */
export async function snapshot(x: Harness, refusals = false): Promise<string> {
  const s = x.stores;
  const audit = (await s.audit.list(PRACTICE.id)).filter((e) => refusals || e.action !== AUDIT.permissionRefused);
  return JSON.stringify([
    await s.practices.get(PRACTICE.id),
    // A's team still finds A
    await s.practices.findByTeam(TEAM),
    await s.plans.latest(PRACTICE.id),
    await s.intervisie.list(PRACTICE.id),
    await s.counts.history(PRACTICE.id),
    await s.entries.recent(PRACTICE.id, 100),
    await s.records.get(PRACTICE.id),
    audit,
  ]);
}
