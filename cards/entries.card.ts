// The corrections card (issue 13 §5): a practice's recent intervisie sessions and counts, newest first, each with
// "Wijzigen" and "Verwijderen" for a manager; a deleted or corrected entry stays listed, marked, without buttons.
// A deletion asks for confirmation on the card itself; the answer to any change is shown above the list.
import * as z from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, t, type ButtonView } from './shared.js';
import tpl from './templates/entries.card.json' with { type: 'json' };

const Target = z.object({ key: z.string().min(1).max(1024), etag: z.string().min(1).max(200) });

export const EntriesCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  /** How many entries the card shows at most (the intro says so). */
  limit: z.number().int().min(1).max(50),
  entries: z
    .array(
      Target.extend({
        /** Localized by the caller; user text in it escaped. */
        text: z.string().min(1).max(600),
        /** "vastgelegd op …" or "verwijderd door … op …". */
        meta: z.string().min(1).max(300),
        removed: z.boolean(),
      }),
    )
    .max(50),
  /** What was just stored, or why not (a warning). */
  done: z.string().max(800).optional(),
  warning: z.string().max(800).optional(),
  /** A deletion waiting for "Ja, verwijderen". */
  confirm: Target.extend({ text: z.string().min(1).max(900) }).optional(),
});
export type EntriesCardInput = z.input<typeof EntriesCardData>;

type Buttons = { buttons: ButtonView[] }[];

interface EntriesView {
  title: string;
  intro: string;
  done: { text: string; color: string }[];
  confirm: { text: string; buttons: ButtonView[] }[];
  entries: { text: string; meta: string; removed: boolean; actions: Buttons }[];
  none: { text: string }[];
}

export const entriesTemplate = prepareTemplate<EntriesView>(tpl);

export function entriesView(input: EntriesCardInput): EntriesView {
  const d = EntriesCardData.parse(input);
  const { locale, cardId, confirm } = d;
  return {
    title: t(locale, 'entries.title', { practice: escapeMarkdown(d.practiceName) }),
    intro: t(locale, 'entries.intro', { n: d.limit }),
    done: [...(d.done ? [{ text: d.done, color: 'Good' }] : []), ...(d.warning ? [{ text: d.warning, color: 'Warning' }] : [])],
    confirm: confirm
      ? [
          {
            text: confirm.text,
            buttons: [
              button(
                t(locale, 'entries.confirmYes'),
                'confirmRemoveEntry',
                cardId,
                { entry: confirm.key, etag: confirm.etag },
                'destructive',
              ),
              button(t(locale, 'entries.back'), 'listEntries', cardId),
            ],
          },
        ]
      : [],
    entries: d.entries.map((e) => ({
      text: e.text,
      meta: e.meta,
      removed: e.removed,
      actions:
        e.removed || confirm !== undefined
          ? []
          : [
              {
                buttons: [
                  button(t(locale, 'entries.edit'), 'editEntry', cardId, { entry: e.key, etag: e.etag }),
                  button(t(locale, 'entries.remove'), 'removeEntry', cardId, { entry: e.key, etag: e.etag }, 'destructive'),
                ],
              },
            ],
    })),
    none: d.entries.length === 0 ? [{ text: t(locale, 'entries.none') }] : [],
  };
}

export function renderEntriesCard(input: EntriesCardInput): AdaptiveCardJson {
  return entriesTemplate.render(entriesView(input));
}
