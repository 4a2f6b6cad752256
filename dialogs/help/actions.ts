// The payloads of the buttons every card may carry: help, and Stoppen on a form or the wizard.
import { act } from '../../cards/actions.js';

export const SCHEMAS = {
  help: act('help', {}),
  cancel: act('cancel', {}),
};
