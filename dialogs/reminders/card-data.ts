// One practice's reminder card from its records at a time: rules/status() and the saved plan checked against the rule
// sets that apply now (plan-now.ts), narrowed by rules/reminder-items.ts and grouped by reason. Shared by the job's
// evaluator and the on-demand "herinnering".
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { renderReminderCard, type ItemAction, type ReminderCardInput, type ReminderItemData } from '../../cards/reminder.card.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import { formatDate } from '../../rules/dates.js';
import { ruleSetForYear } from '../../rules/engine.js';
import type { Locale } from '../../rules/model.js';
import { reminderItems, type ReminderItem } from '../../rules/reminder-items.js';
import { settingsOf, type ReminderReason } from '../../rules/reminder-settings.js';
import { formatSource } from '../../rules/schema.js';
import { status } from '../../rules/status.js';
import { lastProgrammeYear } from '../../rules/status-periods.js';
import type { Practice, PracticeRecords } from '../../storage/ports.js';
import { factsOf } from '../shared/practice-facts.js';
import { planNow } from '../shared/plan-now.js';
import { todayOf } from '../shared/reply.js';

/** Items on one card; the rest are counted (the status lists them all), which keeps the card well under 80 KB. */
const MAX_ITEMS = 20;
const MAX_PER_REASON = 12;
const MAX_FINDINGS = 10;

function actionOf(item: ReminderItem): ItemAction | undefined {
  switch (item.kind) {
    case 'intervisie-count':
    case 'intervisie-first':
      return { verb: 'startLogIntervisie' };
    case 'threshold':
      return { verb: 'startLogCounts' };
    case 'praktijkplan-deadline':
      return { verb: 'openStatus' };
    case 'milestone':
      return {
        verb: 'startMarkMilestone',
        milestone: item.milestone,
        evidence: item.evidence,
        ...(item.year !== undefined ? { year: item.year } : {}),
      };
    case 'next-year':
      return { verb: 'startChoose', year: item.year };
    case 'plan-check': {
      const year = item.findings.find((f) => f.year !== undefined)?.year ?? item.years[0];
      return year === undefined ? { verb: 'openPlan' } : { verb: 'startChoose', year };
    }
  }
}

function itemData(item: ReminderItem): z.input<typeof ReminderItemData> {
  const action = actionOf(item);
  return {
    state: item.state,
    message: item.message,
    ...(item.due !== undefined ? { due: formatDate(item.due) } : {}),
    ...(item.source !== '' ? { source: item.source } : {}),
    ...(item.kind === 'plan-check' ? { findings: item.findings.slice(0, MAX_FINDINGS) } : {}),
    ...(action !== undefined ? { action } : {}),
  };
}

/** The items of a practice's reminder now; empty when all is on track, snoozed or turned off. */
export function itemsNow(practice: Practice, records: PracticeRecords, now: Date, locale: Locale): ReminderItem[] {
  const today = todayOf(now);
  const facts = factsOf(practice, records);
  const result = status(facts, today, { locale });
  const set = ruleSetForYear(facts, Math.max(1, result.programmeYear));
  return reminderItems(
    result,
    {
      startDate: practice.startDate,
      plannedYears: records.plans.map((v) => v.year),
      lastYear: lastProgrammeYear(facts),
      check: planNow(practice, records.plans, locale),
      setSource: formatSource(set.source),
    },
    settingsOf(practice.reminders),
    locale,
  );
}

/** A stable card id per practice and period: evaluating again renders the very same card (the outbox keeps the first). */
export function cardIdOf(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The card, and how many items it is about; undefined when there is nothing to remind of. */
export function reminderCard(
  practice: Practice,
  records: PracticeRecords,
  o: { now: Date; locale: Locale; cardId: string },
): { card: AdaptiveCardJson; count: number } | undefined {
  const items = itemsNow(practice, records, o.now, o.locale);
  if (items.length === 0) return undefined;
  const sections = new Map<ReminderReason, z.input<typeof ReminderItemData>[]>();
  let shown = 0;
  for (const item of items) {
    const list = sections.get(item.reason) ?? [];
    if (shown >= MAX_ITEMS || list.length >= MAX_PER_REASON) continue;
    sections.set(item.reason, [...list, itemData(item)]);
    shown += 1;
  }
  const input: ReminderCardInput = {
    locale: o.locale,
    cardId: o.cardId,
    practiceName: practice.name,
    asOf: formatDate(todayOf(o.now)),
    sections: [...sections].map(([reason, list]) => ({ reason, items: list })),
    more: items.length - shown,
  };
  return { card: renderReminderCard(input), count: items.length };
}
