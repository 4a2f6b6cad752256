// Shared checks for every rendered card (STYLE.md §5): schema-valid 1.5, no unresolved binding, < 80 KB, known verbs.
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import * as AC from 'adaptivecards';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { expect } from 'vitest';
import cardSchema from '../../schemas/adaptive-card-1.5.json' with { type: 'json' };
import { IN_PLACE_VERBS, isVerb } from '../../cards/verbs.js';
import type { AdaptiveCardJson, Expansion, JsonValue } from '../../cards/render.js';

// The schema is draft-06 with a draft-04 style `id` (schemas/README.md): ajv 8 needs the draft-06 meta-schema and strict off.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
// NodeNext types the CJS default import as module.exports; the plugin is on `.default` (also set at run time).
ajvFormats.default(ajv);
const { id: schemaId, ...schemaBody } = cardSchema;
const validateSchema = ajv.compile({ ...schemaBody, $id: schemaId });

/** The Adaptive Cards JS SDK as a second reader: parse events (unknown types) and validation (e.g. duplicate input ids). */
export function sdkProblems(card: AdaptiveCardJson): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) problems.push(context.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

export function validateCardSchema(value: unknown): boolean {
  return validateSchema(value);
}

/** Platform limit about 100 KB per bot message; PRODUCT.md asks to stay under 80 KB. */
export const MAX_CARD_BYTES = 80 * 1024;

export function walk(node: JsonValue, visit: (obj: { [key: string]: JsonValue }) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node !== null && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** Every button that sends data back: Action.Submit, and Action.Execute for the verbs answered in place. */
export function submitActions(card: AdaptiveCardJson): { [key: string]: JsonValue }[] {
  const found: { [key: string]: JsonValue }[] = [];
  const visit = (node: JsonValue): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      if (node.type === 'Action.Submit' || node.type === 'Action.Execute') found.push(node);
      // An Action.Execute's fallback is the same button for older clients, not a button of its own.
      for (const [key, value] of Object.entries(node)) if (key !== 'fallback') visit(value);
    }
  };
  visit(card);
  return found;
}

export function texts(card: AdaptiveCardJson): string {
  const out: string[] = [];
  walk(card, (obj) => {
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) {
      const v = obj[key];
      if (typeof v === 'string') out.push(v);
    }
  });
  return out.join('\n');
}

export function inputValue(card: AdaptiveCardJson, id: string): JsonValue | undefined {
  let value: JsonValue | undefined;
  walk(card, (obj) => {
    if (obj.id === id) value = obj.value;
  });
  return value;
}

/** `by`, when given, must be the compiled fast path: every card of ours is expanded by it (cards/compiled-template.ts). */
export function expectValidCard(
  expansion: Omit<Expansion, 'by'> & Partial<Pick<Expansion, 'by'>>,
  options: { allowDollarBrace?: boolean } = {},
): AdaptiveCardJson {
  const { card, warnings, by } = expansion;
  expect(warnings).toEqual([]);
  if (by !== undefined) expect(by).toBe('compiled');
  const json = JSON.stringify(card);
  if (!options.allowDollarBrace) expect(json).not.toContain('${');
  expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  const valid = validateSchema(card);
  expect(validateSchema.errors ?? [], JSON.stringify(validateSchema.errors?.slice(0, 5))).toEqual([]);
  expect(valid).toBe(true);
  expect(card.version).toBe('1.5');
  expect(sdkProblems(card)).toEqual([]);
  expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
  for (const action of submitActions(card)) {
    const data = action.data;
    expect(data !== null && typeof data === 'object' && !Array.isArray(data)).toBe(true);
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      expect(isVerb(data.verb), `unknown verb ${String(data.verb)}`).toBe(true);
      expect(typeof data.cardId).toBe('string');
      // In place ⇔ Action.Execute with the same verb (cards/verbs.ts, cards/render.ts).
      const inPlace = isVerb(data.verb) && IN_PLACE_VERBS.has(data.verb);
      expect(action.type, String(data.verb)).toBe(inPlace ? 'Action.Execute' : 'Action.Submit');
      if (inPlace) {
        expect(action.verb).toBe(data.verb);
        expect(action.fallback).toMatchObject({ type: 'Action.Submit', data });
      }
    }
  }
  return card;
}

export const CARD_ID = '4f1c2b9e-6a3d-4e8f-9b1a-2c3d4e5f6a7b';
export const NASTY = 'Praktijk *De Linde* _x_ [link](http://x) # ${evil} `code` <b>| ~s~ \\ ${$root.t.help}';
