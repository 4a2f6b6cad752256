// The jobs' crons on a fake clock (issue 11 §2): reminders on working hours, the summary on Monday 08:00, both in
// Europe/Amsterdam whatever the machine's zone and across daylight saving time.
import { Cron } from 'croner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { startSchedule, TIMEZONE } from '../../../bot/jobs/scheduler.js';
import type { JobName } from '../../../storage/ports.js';
import { quietLogger } from '../../support/jobs.js';

afterEach(() => {
  vi.useRealTimers();
});

const HOUR = 3_600_000;

describe('job schedule', () => {
  it('fires reminders each working hour 8–17 and the summary Monday 08:00 (Amsterdam), nothing at night or weekend', async () => {
    const fired: [JobName, string][] = [];
    const config = loadConfig({}).jobs;
    const fakeClock = (iso: string) =>
      vi.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const record = async (job: JobName) => void fired.push([job, new Date().toISOString()]);

    // Friday 27-11-2026 16:30 in Amsterdam (UTC+1): the 17:00 reminder run, then nothing that evening
    fakeClock('2026-11-27T15:30:00Z');
    let schedule = startSchedule(config, record, quietLogger());
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    schedule.stop();
    expect(fired).toEqual([['reminders', '2026-11-27T16:00:00.000Z']]);

    // Sunday 20:00 to Monday 18:30: the summary at 08:00, reminders 08:00 … 17:00
    fired.length = 0;
    fakeClock('2026-11-29T19:00:00Z');
    schedule = startSchedule(config, record, quietLogger());
    expect(schedule.next('weekly-summary')?.toISOString()).toBe('2026-11-30T07:00:00.000Z');
    await vi.advanceTimersByTimeAsync(22.5 * HOUR);
    schedule.stop();
    const reminders = Array.from({ length: 10 }, (_, i) => ['reminders', new Date(Date.UTC(2026, 10, 30, 7 + i)).toISOString()]);
    expect([...fired].sort()).toEqual([...reminders, ['weekly-summary', '2026-11-30T07:00:00.000Z']].sort());
  });

  it('keeps 08:00 local in summer time and takes configured patterns', () => {
    const config = loadConfig({ JOBS_WEEKLY_SUMMARY_CRON: '30 7 * * 1', JOBS_REMINDERS_CRON: '0 10 * * 2' }).jobs;
    expect(new Cron('0 8 * * 1', { timezone: TIMEZONE }).nextRun(new Date('2026-06-01T00:00:00Z'))?.toISOString()).toBe(
      '2026-06-01T06:00:00.000Z',
    );
    expect(new Cron(config.weeklySummaryCron, { timezone: TIMEZONE }).nextRun(new Date('2026-06-01T00:00:00Z'))?.toISOString()).toBe(
      '2026-06-01T05:30:00.000Z',
    );
    expect(config.remindersCron).toBe('0 10 * * 2');
  });

  it('refuses a pattern croner cannot read, and JOBS_SCHEDULE other than on/off', () => {
    expect(() => loadConfig({ JOBS_REMINDERS_CRON: 'every hour' })).toThrow(/JOBS_REMINDERS_CRON/);
    expect(() => loadConfig({ JOBS_SCHEDULE: 'yes' })).toThrow(/JOBS_SCHEDULE/);
    expect(() => loadConfig({ JOBS_SECRET: 'short' })).toThrow(/JOBS_SECRET/);
    expect(loadConfig({}).jobs.schedule).toBe(false);
    expect(loadConfig({ JOBS_SCHEDULE: 'on' }).jobs.schedule).toBe(true);
  });
});
