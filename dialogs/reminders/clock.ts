// The job's clock read in Europe/Amsterdam: the calendar date and the hour a reminder's schedule is about.
import type { IsoDate } from '../../rules/model.js';

// Created once (a new Intl.DateTimeFormat per call is costly, see dialogs/shared/reply.ts todayOf).
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

export function amsterdamClock(now: Date): { date: IsoDate; hour: number } {
  const parts = AMSTERDAM.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}
