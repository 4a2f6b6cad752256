// The tenant check wherever a dialog resolves a practice from an id (issue 12 §5); the team's own practice is checked
// in bot/ (ofThisTenant) before the dialog runs.
import type { Practice, Versioned } from '../../storage/ports.js';
import { visibleIn } from '../../storage/practice-id.js';
import type { DialogTurn } from '../router/turn.js';

/** The practice when this turn's tenant may see it; one linked in another tenant is "not found", so no answer tells it exists. */
export function ofTurnTenant<P extends Versioned<Practice> | Practice>(
  turn: Pick<DialogTurn, 'channel'>,
  practice: P | undefined,
): P | undefined {
  if (practice === undefined) return undefined;
  const value: Practice = 'value' in practice ? practice.value : practice;
  return visibleIn(value, turn.channel.tenantId) ? practice : undefined;
}
