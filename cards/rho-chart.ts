// The RHO summary's picture (issue 11 §4): the region's practices by status per subregion, as a horizontal stacked bar
// chart made of Adaptive Card 1.5 elements (a ColumnSet per bar, one weighted, styled column per status), so it renders
// wherever the card does (Teams, the Agents Playground) without an image service. Bars share one scale: an empty
// column fills each bar up to the largest subregion.
import * as z from 'zod';
import type { Locale } from '../rules/model.js';
import { STATUS_LOOK, t } from './shared.js';

export const ChartBar = z.object({
  label: z.string().min(1).max(80),
  missed: z.number().int().min(0),
  atRisk: z.number().int().min(0),
  onTrack: z.number().int().min(0),
});
export type ChartBar = z.infer<typeof ChartBar>;

interface SegmentColumn {
  width: number;
  style: string;
  text: string;
}
export interface ChartBarView {
  label: string;
  columns: SegmentColumn[];
}
export interface ChartView {
  title: string;
  bars: ChartBarView[];
  legend: { text: string; color: string }[];
}

const PARTS = [
  ['missed', 'missed'],
  ['atRisk', 'at-risk'],
  ['onTrack', 'on-track'],
] as const;

/** Undefined when there is nothing to draw (no practice). */
export function chartView(bars: readonly ChartBar[], locale: Locale): ChartView | undefined {
  const total = (b: ChartBar): number => b.missed + b.atRisk + b.onTrack;
  const scale = Math.max(0, ...bars.map(total));
  if (scale === 0) return undefined;
  return {
    title: t(locale, 'summary.chart'),
    bars: bars.map((b) => ({
      label: b.label,
      columns: [
        ...PARTS.filter(([key]) => b[key] > 0).map(([key, state]) => ({
          width: b[key],
          style: STATUS_LOOK[state].style,
          text: String(b[key]),
        })),
        ...(total(b) < scale ? [{ width: scale - total(b), style: 'default', text: ' ' }] : []),
      ],
    })),
    legend: PARTS.map(([, state]) => ({ text: `■ ${t(locale, STATUS_LOOK[state].label)}`, color: STATUS_LOOK[state].color })),
  };
}
