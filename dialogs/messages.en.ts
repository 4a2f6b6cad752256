// English texts of dialogs/: every Dutch key, checked by the type.
import type { MessageKey } from './messages.nl.js';

export const en: Readonly<Record<MessageKey, string>> = {
  noticeTitle: 'MTVP assistant',
  doneTitle: 'Done',
  refusedTitle: 'That is not possible',
  notLinkedTitle: 'No practice linked yet',
  submittedTitle: 'Practice plan submitted',
  submitted: 'Recorded: the practice plan was submitted to the RHO on {date}.',
  submittedFuture: 'Date: is in the future.',
  notLinked: 'This team is not linked to a practice yet. Type "link practice" to do that.',
  notLinkedPersonal: "In a personal chat I don't know which practice you work for. Use this command in your practice team's channel; link the practice there with \"link practice\".",
  linkInChannel: 'A practice is linked in the practice team\'s channel: @mention me there with "link practice".',
  notAllowed: "You are not a member of this practice's team, so you cannot record anything for it here.",
  linked: '{name} (AGB {agb}) is linked to this team. Type "choose interventions" or "status" to continue.',
  updated: 'The details of {name} are updated.',
  concurrency: 'Someone else just changed this, please try again.',
  agbTaken: 'AGB code: this practice is already linked to another team.',
  agbChanged: 'AGB code: the AGB code of a linked practice cannot change.',
  consultantLinked: 'This team is now the RHO channel of {region}.',
  dateFuture: 'Date: is in the future; enter the date the session took place.',
  dateBeforeStart: "Date: is before the practice's MTVP start ({start}).",
  gpsTooMany: "GPs present: more than the practice's {gps} GPs.",
  invalidIntro: 'That did not work:',
  stale: 'This card belongs to a finished question; nothing happened. Start again with a command, for example "help".',
  stopped: 'Stopped, nothing was saved.',
};
