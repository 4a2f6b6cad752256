// Template expansion for every card: one place that turns a `.card.json` template plus a view model into card JSON.
// The package root also re-exports json-schema-card, whose types pull adaptivecards' .ts sources into tsc.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';
import * as z from 'zod';
import { compileTemplate, NOT_COMPILED } from './compiled-template.js';
import { IN_PLACE_VERBS, isVerb } from './verbs.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A rendered Adaptive Card: plain JSON, ready to put in an attachment's `content`. */
export interface AdaptiveCardJson {
  [key: string]: JsonValue;
  type: 'AdaptiveCard';
  version: '1.5';
  body: JsonValue[];
}

/**
 * Only the top of the expanded card is checked per render, without copying it. Walking the whole card (z.json(), twice)
 * cost every turn a full validation of JSON that comes from our own JSON templates (issue 10 §4); the deep guarantee is
 * a test: test/cards/ renders every template and validates the output against the Adaptive Card 1.5 schema.
 */
function isExpandedCard(raw: unknown): raw is AdaptiveCardJson {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const card = raw as Record<string, unknown>;
  return card['type'] === 'AdaptiveCard' && card['version'] === '1.5' && Array.isArray(card['body']);
}

/**
 * Whether a card's view model is checked against its zod schema on every render (issue 10 §4: "each card validated once,
 * in tests, not per turn"). On by default: every test and tool checks. The bot turns it off at start (bot/main.ts) for
 * the cards of its hot path, which say how their input is completed without the schema (viewModel below); that was
 * ~5 % of a `status` turn's CPU at 20 conversations (`npm run bench -- turns`, BENCH_CPU_PROF).
 * test/cards/view-checks.test.ts renders those cards both ways and compares. While on, every card the compiled fast path
 * expands is also expanded by adaptivecards-templating and compared (CardParityError when they differ).
 */
let checkViews = true;

export function checkCardViews(on: boolean): void {
  checkViews = on;
}

/**
 * The view model of a card: `schema.parse(input)` while views are checked; otherwise `complete(input)`, which only fills
 * in the schema's defaults (its return type is the schema's output, so a default it forgets does not compile).
 */
export function viewModel<S extends z.ZodType>(schema: S, input: z.input<S>, complete: (input: z.input<S>) => z.output<S>): z.output<S> {
  return checkViews ? schema.parse(input) : complete(input);
}

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
  /** Who expanded it: the compiled fast path (cards/compiled-template.ts) or adaptivecards-templating. */
  by: 'compiled' | 'library';
}

/**
 * A prepared template. Templates avoid `$when`: adaptivecards-templating 2.3.1 reports a warning for every
 * `$when` that is legitimately false, so optional parts are `$data` bound to a 0- or 1-item array instead.
 */
export interface CardTemplate<V extends object> {
  expand(view: V): Expansion;
  render(view: V): AdaptiveCardJson;
}

/** The compiled fast path gave other JSON than adaptivecards-templating (checked while views are checked: tests). */
export class CardParityError extends Error {
  override name = 'CardParityError';
}

type Raw = Omit<Expansion, 'card'> & { raw: unknown };

export function prepareTemplate<V extends object>(payload: unknown): CardTemplate<V> {
  // Compiled on its first expansion, not when the module loads, and parsed by the library (ANTLR, which took a large
  // part of the bot's start) only when the library expands it: in the bot, for a view the fast path leaves to it.
  // test/cards/ expands every template both ways, so a template that does not parse still fails the tests.
  let template: Template | undefined;
  /** null: not compiled yet; undefined: the template uses more than the fast path knows. */
  let compiled: ((root: unknown) => unknown) | undefined | null = null;
  const byLibrary = (view: V): Raw => {
    template ??= new Template(payload);
    const raw: unknown = template.expand({ $root: view });
    return { raw, warnings: [...template.getLastTemplateExpansionWarnings()], by: 'library' };
  };
  const expandRaw = (view: V): Raw => {
    if (compiled === null) compiled = compileTemplate(payload);
    if (compiled === undefined) return byLibrary(view);
    let raw: unknown;
    try {
      raw = compiled(view);
    } catch (error) {
      if (error === NOT_COMPILED) return byLibrary(view);
      throw error;
    }
    if (checkViews) {
      const reference = byLibrary(view);
      if (reference.warnings.length > 0 || JSON.stringify(reference.raw) !== JSON.stringify(raw)) {
        throw new CardParityError('the compiled template expanded differently from adaptivecards-templating');
      }
    }
    return { raw, warnings: [], by: 'compiled' };
  };
  const expand = (view: V): Expansion => {
    const { raw, warnings, by } = expandRaw(view);
    if (!isExpandedCard(raw)) throw new CardTemplateError('template did not expand to an Adaptive Card 1.5 object', warnings);
    // The expansion of a JSON template with JSON data is JSON (both ways copy the template and substitute values).
    const card = universalActions(raw);
    return { card, warnings, by };
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

function isObject(v: JsonValue): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Templates write every button as `Action.Submit`; a button whose verb answers in place (cards/verbs.ts) becomes an
 * `Action.Execute` with that verb, so Teams sends an `adaptiveCard/action` invoke and shows the card the bot returns
 * instead of the clicked one. `data.verb` stays, so both kinds of button carry the same payload.
 */
function upgrade(value: JsonValue): JsonValue {
  // Copy on write: the expansion shares the objects a view binds whole (`"data": "${data}"`, a bar's columns), which
  // are never changed; only the path to an upgraded action is copied, the rest of the card is used as it is.
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: JsonValue[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item = value[i] as JsonValue;
      const next = typeof item === 'object' && item !== null ? upgrade(item) : item;
      if (next !== item) (out ??= [...value])[i] = next;
    }
    return out ?? value;
  }
  let out: { [key: string]: JsonValue } | undefined;
  for (const key in value) {
    const item = value[key] as JsonValue;
    if (typeof item !== 'object' || item === null) continue;
    const next = upgrade(item);
    if (next !== item) (out ??= { ...value })[key] = next;
  }
  const result = out ?? value;
  const data = result['data'];
  const verb = data !== undefined && isObject(data) ? data['verb'] : undefined;
  if (result['type'] === 'Action.Submit' && isVerb(verb) && IN_PLACE_VERBS.has(verb)) {
    // A client without Universal Actions takes the Action.Submit: same payload, the answer then comes as a new message.
    return { ...result, type: 'Action.Execute', verb, fallback: result };
  }
  return result;
}

/** The card with its buttons upgraded; `type` and `version` first and `body` last, as every card has always been sent. */
function universalActions(card: AdaptiveCardJson): AdaptiveCardJson {
  const { type: _type, version: _version, body, ...rest } = card;
  const top = upgrade(rest);
  return { type: 'AdaptiveCard', version: '1.5', ...(isObject(top) ? top : {}), body: upgrade(body) as JsonValue[] };
}

/** A 0- or 1-item array, the `$data` idiom for an optional block (see CardTemplate). */
export function optional<T>(value: T | undefined | null | false | ''): T[] {
  return value === undefined || value === null || value === false || value === '' ? [] : [value];
}
