// The practice's managers (issue 11 §1): who may change the practice, its plan and settings. A manager adds a team
// member or removes a manager here; everyone else sees the list.
import * as z from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, labelsOf, t, type ButtonView, type Labels } from './shared.js';
import tpl from './templates/managers.card.json' with { type: 'json' };

const Person = z.object({ id: z.string().min(1).max(200), name: z.string().min(1).max(200) });

export const ManagersCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  managers: z.array(Person).max(50),
  /** Team members who are not managers yet: what a manager can add. */
  candidates: z.array(Person).max(500),
  /** Whether the user of this turn is a manager (may add and remove). */
  canChange: z.boolean(),
  /** A confirmation of the change just made, shown above the list. */
  done: z.string().max(300).optional(),
  /** Why the change was not made (not a team member, the last manager). */
  warning: z.string().max(300).optional(),
});
export type ManagersCardInput = z.input<typeof ManagersCardData>;

const LABELS = { intro: 'managers.intro', add: 'managers.add', fieldMember: 'managers.field.member' } as const;

interface ManagersView {
  t: Labels<typeof LABELS>;
  title: string;
  done: { text: string; color: string }[];
  managers: { name: string; remove: { buttons: ButtonView[] }[] }[];
  readOnly: { text: string }[];
  adding: { choices: { title: string; value: string }[]; data: ButtonView['data'] }[];
}

export const managersTemplate = prepareTemplate<ManagersView>(tpl);

export function managersView(input: ManagersCardInput): ManagersView {
  const d = ManagersCardData.parse(input);
  const removable = d.canChange && d.managers.length > 1;
  return {
    t: labelsOf(d.locale, LABELS),
    title: t(d.locale, 'managers.title', { practice: escapeMarkdown(d.practiceName) }),
    done: [...(d.done ? [{ text: d.done, color: 'Good' }] : []), ...(d.warning ? [{ text: d.warning, color: 'Warning' }] : [])],
    managers: d.managers.map((m) => ({
      name: `- ${escapeMarkdown(m.name)}`,
      remove: removable
        ? [{ buttons: [button(t(d.locale, 'managers.remove'), 'removeManager', d.cardId, { memberId: m.id }, 'destructive')] }]
        : [],
    })),
    readOnly: d.canChange ? [] : [{ text: t(d.locale, 'managers.readOnly') }],
    adding:
      d.canChange && d.candidates.length > 0
        ? [
            {
              choices: d.candidates.map((c) => ({ title: c.name, value: c.id })),
              data: { verb: 'addManager', cardId: d.cardId },
            },
          ]
        : [],
  };
}

export function renderManagersCard(input: ManagersCardInput): AdaptiveCardJson {
  return managersTemplate.render(managersView(input));
}
