// The audit actions written with every change, and writing one: who (the turn's actor) and when (the turn's clock).
import type { Stores, WriteContext } from '../../storage/ports.js';
import type { DialogTurn } from '../router/turn.js';

export const AUDIT = {
  practiceLinked: 'practice.linked',
  practiceUpdated: 'practice.updated',
  consultantLinked: 'consultant.linked',
  consultantRefused: 'consultant.refused',
  summaryExported: 'summary.exported',
  intervisieLogged: 'intervisie.logged',
  countLogged: 'count.logged',
  planSaved: 'plan.saved',
  praktijkplanSubmitted: 'praktijkplan.submitted',
  milestoneDone: 'milestone.done',
  managersChanged: 'managers.changed',
  permissionRefused: 'permission.refused',
  remindersChanged: 'reminders.changed',
  entryCorrected: 'entry.corrected',
  entryRemoved: 'entry.removed',
} as const;

type AuditAction = (typeof AUDIT)[keyof typeof AUDIT];

/** Appends an audit entry for this turn's actor at this turn's time. */
export async function audit(
  turn: Pick<DialogTurn, 'actor' | 'now'>,
  stores: Pick<Stores, 'audit'>,
  practiceId: string,
  action: AuditAction,
  detail: Readonly<Record<string, string | number | boolean>>,
): Promise<void> {
  await stores.audit.append({ practiceId, action, actor: turn.actor.id, at: turn.now.toISOString(), detail: { ...detail } });
}

/**
 * The write context of a plan, intervisie or count write that carries its audit entry: storage commits both in one
 * transaction (issue 12 §3), so a stored record always has its entry and the reply can say exactly what was stored.
 */
export function audited(ctx: WriteContext, action: AuditAction, detail: Readonly<Record<string, string | number | boolean>>): WriteContext {
  return { ...ctx, audit: { action, detail: { ...detail } } };
}
