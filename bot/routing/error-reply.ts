// The answer to a failed turn: short, in the user's language, with the reference code that is in the log.
import { MessageFactory, type Activity } from 'botbuilder';
import type { Locale } from '../../rules/model.js';
import { message } from '../messages.js';

export function errorReply(locale: Locale, code: string, storageFault: boolean): Partial<Activity> {
  return MessageFactory.text(message(locale, storageFault ? 'storageError' : 'turnError', { code }));
}
