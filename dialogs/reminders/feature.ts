// Reminders in the practice channel (issue 11 §3): "herinneringen" shows and changes when they come, "herinnering"
// shows the reminder as of now (the Agents Playground may not show proactive posts), and the reminder card's
// "Later herinneren" / "Uitzetten" per reason. Changing anything needs a manager (issue 11 §1); the job's evaluator
// is evaluate.ts.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { showReminderNow } from './now.js';
import { saveSettings, showSettings, snoozeOrOff, turnOn } from './settings.js';

export function remindersFeature({ stores }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      reminders: {
        phrases: { nl: ['herinneringen', 'herinneringen instellen'], en: ['reminders', 'reminder settings'] },
        needs: 'practice',
        run: (turn) => showSettings(turn, stores),
      },
      reminder: {
        phrases: { nl: ['herinnering', 'toon herinnering'], en: ['reminder', 'show reminder'] },
        needs: 'practice',
        run: (turn) => showReminderNow(turn, stores),
      },
    },
    actions: {
      openReminderSettings: { needs: 'practice', run: (turn) => showSettings(turn, stores) },
      saveReminderSettings: { needs: 'manager', run: (turn, a) => saveSettings(turn, stores, a) },
      snoozeReminder: { needs: 'manager', run: (turn, a) => snoozeOrOff(turn, stores, a) },
      turnOffReminder: { needs: 'manager', run: (turn, a) => snoozeOrOff(turn, stores, a) },
      turnOnReminder: { needs: 'manager', run: (turn, a) => turnOn(turn, stores, a) },
    },
  };
}
