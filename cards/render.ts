// Template expansion for every card: one place that turns a `.card.json` template plus a view model into card JSON.
// The package root also re-exports json-schema-card, whose types pull adaptivecards' .ts sources into tsc.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';
import { z } from 'zod';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A rendered Adaptive Card: plain JSON, ready to put in an attachment's `content`. */
export interface AdaptiveCardJson {
  [key: string]: JsonValue;
  type: 'AdaptiveCard';
  version: '1.5';
  body: JsonValue[];
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const ExpandedCard = z.looseObject({
  type: z.literal('AdaptiveCard'),
  version: z.literal('1.5'),
  body: z.array(z.json()),
});
const JsonObject = z.record(z.string(), z.json());

export class CardTemplateError extends Error {
  constructor(
    message: string,
    readonly warnings: readonly string[],
  ) {
    super(message);
    this.name = 'CardTemplateError';
  }
}

export interface Expansion {
  card: AdaptiveCardJson;
  warnings: string[];
}

/**
 * A prepared template. Templates avoid `$when`: adaptivecards-templating 2.3.1 reports a warning for every
 * `$when` that is legitimately false, so optional parts are `$data` bound to a 0- or 1-item array instead.
 */
export interface CardTemplate<V extends object> {
  expand(view: V): Expansion;
  render(view: V): AdaptiveCardJson;
}

export function prepareTemplate<V extends object>(payload: unknown): CardTemplate<V> {
  const template = new Template(payload);
  const expand = (view: V): Expansion => {
    const raw: unknown = template.expand({ $root: view });
    const warnings = [...template.getLastTemplateExpansionWarnings()];
    const shape = ExpandedCard.safeParse(raw);
    const json = JsonObject.safeParse(raw);
    if (!shape.success || !json.success) {
      throw new CardTemplateError('template did not expand to an Adaptive Card 1.5 object', warnings);
    }
    return { card: { ...json.data, type: 'AdaptiveCard', version: '1.5', body: shape.data.body }, warnings };
  };
  return {
    expand,
    render(view: V): AdaptiveCardJson {
      const { card, warnings } = expand(view);
      if (warnings.length > 0) throw new CardTemplateError(`template expansion warnings: ${warnings.join('; ')}`, warnings);
      return card;
    },
  };
}

/** A 0- or 1-item array, the `$data` idiom for an optional block (see CardTemplate). */
export function optional<T>(value: T | undefined | null | false | ''): T[] {
  return value === undefined || value === null || value === false || value === '' ? [] : [value];
}
