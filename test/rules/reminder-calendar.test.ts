// When reminders may be posted (issue 11 §3): Dutch public holidays 2025–2027, working days, ISO weeks, the
// weekly / two-weekly periods and the practice's day and hour.
import { describe, expect, it } from 'vitest';
import { dutchHolidays, easterSunday, isoWeek, isWorkingDay } from '../../rules/reminder-calendar.js';
import { DEFAULT_REMINDERS, duePeriod, periodOf, reasonShown, ReminderSettings } from '../../rules/reminder-settings.js';

describe('Dutch public holidays', () => {
  it('Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it.each([
    [2025, ['2025-01-01', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']],
    [2027, ['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']],
  ])('%i', (year, dates) => {
    expect(dutchHolidays(year).map((h) => h.date)).toEqual(dates);
  });

  it('Koningsdag on a Sunday moves to Saturday 26 April (2025), else stays on the 27th', () => {
    expect(dutchHolidays(2025).find((h) => h.holiday === 'koningsdag')?.date).toBe('2025-04-26');
    expect(dutchHolidays(2031).find((h) => h.holiday === 'koningsdag')?.date).toBe('2031-04-26');
    expect(dutchHolidays(2026).find((h) => h.holiday === 'koningsdag')?.date).toBe('2026-04-27');
  });

  it('working days: Monday to Friday, not a holiday', () => {
    expect(isWorkingDay('2026-04-06')).toBe(false); // tweede paasdag
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-05-14')).toBe(false); // hemelvaartsdag
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-07')).toBe(true);
  });
});

describe('ISO weeks and periods', () => {
  it('ISO week-years at the turn of the year', () => {
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
  });

  it('a week from Monday; a fortnight is the same for both of its weeks', () => {
    expect(periodOf('2026-12-03', 'weekly')).toEqual({ id: '2026-W49', start: '2026-11-30', days: 7 });
    const a = periodOf('2026-11-30', 'two-weekly');
    const b = periodOf(a.start === '2026-11-30' ? '2026-12-11' : '2026-11-27', 'two-weekly');
    expect(a).toEqual(b);
    expect(a.id).toMatch(/^2026-W4[89]\+2$/);
    expect(periodOf(a.start === '2026-11-30' ? '2026-12-14' : '2026-12-07', 'two-weekly').id).not.toBe(a.id);
  });
});

const at = (date: string, hour: number) => ({ date, hour });

describe('duePeriod: the practice day and hour, working days and hours', () => {
  it('default weekly Monday 09:00: due from then on in that week, during working hours', () => {
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-11-30', 8))).toBeUndefined();
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-11-30', 9))).toBe('2026-W49');
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-12-02', 8))).toBe('2026-W49');
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-12-02', 18))).toBeUndefined();
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-12-02', 7))).toBeUndefined();
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-12-05', 10))).toBeUndefined(); // Saturday
  });

  it('a holiday on the practice day moves the reminder to the next working day', () => {
    // Monday 2026-04-06 is tweede paasdag
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-04-06', 10))).toBeUndefined();
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-04-07', 8))).toBeUndefined();
    expect(duePeriod(DEFAULT_REMINDERS, at('2026-04-07', 9))).toBe('2026-W15');
  });

  it('another day and hour; off is never due', () => {
    const thursday = ReminderSettings.parse({ weekday: 4, hour: 14 });
    expect(duePeriod(thursday, at('2026-12-02', 15))).toBeUndefined();
    expect(duePeriod(thursday, at('2026-12-03', 13))).toBeUndefined();
    expect(duePeriod(thursday, at('2026-12-03', 14))).toBe('2026-W49');
    expect(duePeriod({ ...thursday, frequency: 'off' }, at('2026-12-03', 14))).toBeUndefined();
  });

  it('two-weekly: one period per fortnight, from the practice day in its first week', () => {
    const s = ReminderSettings.parse({ frequency: 'two-weekly' });
    const start = periodOf('2026-11-30', 'two-weekly').start;
    // the Monday 09:00 slot is in the fortnight's first week; its second week is a catch-up of the same period
    expect(duePeriod(s, at(start, 8))).toBeUndefined();
    const first = duePeriod(s, at(start, 9));
    expect(first).toMatch(/^\d{4}-W\d{2}\+2$/);
    const days = (n: number) => new Date(Date.parse(start) + n * 86_400_000).toISOString().slice(0, 10);
    expect(duePeriod(s, at(days(7), 8))).toBe(first);
    expect(duePeriod(s, at(days(14), 8))).toBeUndefined();
    const next = duePeriod(s, at(days(14), 9));
    expect(next).toBeDefined();
    expect(next).not.toBe(first);
  });
});

describe('reasons: snoozed until a date, or off', () => {
  it('a snoozed reason comes back on its date; an off one stays off', () => {
    const s = ReminderSettings.parse({ snoozed: { counts: '2026-12-07' }, off: ['milestones'] });
    expect(reasonShown(s, 'counts', '2026-12-06')).toBe(false);
    expect(reasonShown(s, 'counts', '2026-12-07')).toBe(true);
    expect(reasonShown(s, 'milestones', '2030-01-01')).toBe(false);
    expect(reasonShown(s, 'intervisie', '2026-12-01')).toBe(true);
  });
});
