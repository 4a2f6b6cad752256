// The schema check only proves something if it rejects broken cards.
import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/render.js';
import { sdkProblems, validateCardSchema } from './card-checks.js';

const card = (body: unknown[], actions: unknown[] = []) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });

describe('Adaptive Card 1.5 schema check', () => {
  it('accepts a minimal card', () => {
    expect(validateCardSchema(card([{ type: 'TextBlock', text: 'hallo' }]))).toBe(true);
  });

  it.each([
    ['an unknown element type', card([{ type: 'Carousel', pages: [] }])],
    ['a TextBlock without text', card([{ type: 'TextBlock' }])],
    ['an input without id', card([{ type: 'Input.Text', label: 'x' }])],
    ['an unknown action type', card([], [{ type: 'Action.Popover', title: 'x' }])],
    ['a ChoiceSet choice without value', card([{ type: 'Input.ChoiceSet', id: 'x', choices: [{ title: 'a' }] }])],
    ['a Column outside a ColumnSet', card([{ type: 'Column', items: [] }])],
  ])('rejects %s', (_name, bad) => {
    expect(validateCardSchema(bad)).toBe(false);
  });
});

describe('Adaptive Cards SDK check', () => {
  it('reports duplicate input ids and unknown elements', () => {
    const bad: AdaptiveCardJson = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }, { type: 'Carousel' }],
    };
    expect(sdkProblems(bad).length).toBeGreaterThanOrEqual(2);
  });
});
