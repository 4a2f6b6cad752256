// What a reminder lists (issue 11 §3), from a status result: missed and at risk, on track only when due within 14
// days, never met or not applicable; the next programme year's choice; snoozed and turned-off reasons left out.
import { describe, expect, it } from 'vitest';
import type { StatusItem, StatusResult } from '../../rules/model.js';
import { reminderItems } from '../../rules/reminder-items.js';
import { DEFAULT_REMINDERS, ReminderSettings } from '../../rules/reminder-settings.js';

const item = (status: StatusItem['status'], due: string, kind: StatusItem['kind'] = 'threshold'): StatusItem => ({
  kind,
  status,
  ruleId: `r.${status}.${due}`,
  due,
  message: `${status} ${due}`,
  source: '000 §1',
});

const STATUS: StatusResult = {
  asOf: '2026-03-02',
  programmeYear: 1,
  ruleSet: 'hoog@2024.1',
  items: [
    item('missed', '2026-01-01'),
    item('at-risk', '2026-06-01', 'intervisie-count'),
    item('on-track', '2026-03-16'),
    item('on-track', '2026-03-17'),
    item('met', '2026-03-05'),
    item('not-applicable', '2026-03-05'),
  ],
  milestones: [{ id: 'm', name: 'Zelfrapportage', status: 'on-track', due: '2026-03-10', message: 'Zelfrapportage', source: '002 §2.6' }],
};

const PLAN = { startDate: '2025-04-01', plannedYears: [1], lastYear: 2, setSource: '000' };

describe('reminderItems', () => {
  it('missed, at risk and due within 14 days, most urgent first; the next year starts within 30 days', () => {
    const items = reminderItems(STATUS, PLAN, DEFAULT_REMINDERS, 'nl');
    expect(items.map((i) => [i.reason, i.state, i.due])).toEqual([
      ['counts', 'missed', '2026-01-01'],
      ['intervisie', 'at-risk', '2026-06-01'],
      ['nextYear', 'due-soon', '2026-04-01'],
      ['counts', 'due-soon', '2026-03-16'],
      ['milestones', 'due-soon', '2026-03-10'],
    ]);
    expect(items.find((i) => i.reason === 'nextYear')?.message).toBe(
      'Kies de interventies voor programmajaar 2; dat jaar begint op 01-04-2026.',
    );
  });

  it('no next-year item once that year is planned, or beyond the last programme year', () => {
    expect(reminderItems(STATUS, { ...PLAN, plannedYears: [1, 2] }, DEFAULT_REMINDERS, 'nl').some((i) => i.reason === 'nextYear')).toBe(
      false,
    );
    expect(reminderItems(STATUS, { ...PLAN, lastYear: 1 }, DEFAULT_REMINDERS, 'nl').some((i) => i.reason === 'nextYear')).toBe(false);
  });

  it('leaves out snoozed and turned-off reasons; all on track gives nothing', () => {
    const settings = ReminderSettings.parse({ snoozed: { counts: '2026-03-09' }, off: ['nextYear'] });
    expect(reminderItems(STATUS, PLAN, settings, 'nl').map((i) => i.reason)).toEqual(['intervisie', 'milestones']);
    const onTrack: StatusResult = { ...STATUS, items: [item('on-track', '2026-06-01'), item('met', '2026-01-01')], milestones: [] };
    expect(reminderItems(onTrack, { ...PLAN, plannedYears: [1, 2] }, DEFAULT_REMINDERS, 'nl')).toEqual([]);
  });
});
