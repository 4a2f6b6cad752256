// A turn's time budget (issue 12 §2): Teams gives an invoke 5 s and a message 15 s. When the budget runs out the user
// gets one short answer with a reference code; the work still running finishes quietly (no second answer).
import { MessageFactory, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import { localeOf } from '../locale.js';
import type { Logger } from '../logger.js';
import { message } from '../messages.js';
import { referenceCode } from '../reference-code.js';

export interface TurnBudgets {
  /** An invoke (Action.Execute): Teams shows an error after 5 s. */
  readonly invokeMs: number;
  /** A message (typed, or an Action.Submit card press) and every other activity: the Bot Connector waits 15 s. */
  readonly messageMs: number;
}

export interface HttpAnswer {
  status: number;
  body?: unknown;
}

/** What a turn is allowed to do once its budget ran out: nothing the user sees. */
class Overrun {
  code: string | undefined;
  suppressed = 0;
  get expired(): boolean {
    return this.code !== undefined;
  }
}

const OVERRUN = Symbol('mtvp.turnOverrun');

/** True once the turn's budget ran out: bot/teams-bot.ts then keeps the dialog state the user last saw. */
export function isOverrun(context: TurnContext): boolean {
  const overrun: unknown = context.turnState.get(OVERRUN);
  return overrun instanceof Overrun && overrun.expired;
}

/** Turns a person started; installs and other events keep their (late) posts, a late welcome is not confusing. */
function userTurn(activity: Activity): boolean {
  return activity.type === 'message' || activity.type === 'invoke';
}

/** The answer that stands in for the turn's own: in the HTTP body where Teams reads it there, otherwise none. */
function standIn(activity: Activity, text: string): HttpAnswer {
  if (activity.deliveryMode === 'expectReplies') {
    const reply = TurnContext.applyConversationReference(MessageFactory.text(text), TurnContext.getConversationReference(activity));
    return { status: 200, body: { activities: [reply] } };
  }
  // Action.Execute: a message response keeps the card as it was (the user may press it again: writes are idempotent).
  if (activity.type === 'invoke')
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } };
  return { status: 200 };
}

export interface BudgetedTurn {
  activity: Activity;
  budgets: TurnBudgets;
  logger: Logger;
  /** Runs the turn through the adapter with this logic (CloudAdapter.processActivity). */
  run(logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  /** The bot's own turn logic. */
  logic(context: TurnContext): Promise<void>;
}

/**
 * Runs a turn and calls `answer` exactly once: with the turn's own response, or, when the budget runs out first, with
 * a stand-in (a message turn also gets the notice as a message). Resolves when the turn's work has ended, so a
 * graceful shutdown still waits for it (bounded by bot/main.ts).
 */
export async function runWithinBudget(turn: BudgetedTurn, answer: (response: HttpAnswer) => void): Promise<void> {
  const { activity, logger } = turn;
  const overrun = new Overrun();
  const quiet = userTurn(activity);
  let context: TurnContext | undefined;
  let failed = false;
  const work = turn.run(async (ctx) => {
    context = ctx;
    ctx.turnState.set(OVERRUN, overrun);
    if (quiet) {
      ctx.onSendActivities(async (_c, activities, next) => {
        if (!overrun.expired) return next();
        overrun.suppressed += activities.length;
        return [];
      });
      ctx.onUpdateActivity(async (_c, _a, next) => {
        if (!overrun.expired) return next();
        overrun.suppressed += 1;
      });
    }
    try {
      await turn.logic(ctx);
    } catch (err) {
      failed = true;
      throw err;
    }
  });

  const budgetMs = activity.type === 'invoke' ? turn.budgets.invokeMs : turn.budgets.messageMs;
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), budgetMs)));
  const first = await Promise.race([
    work.then(
      (response) => ({ response }),
      (err: unknown) => ({ err }),
    ),
    expiry,
  ]);
  clearTimeout(timer);
  if (first !== 'expired') {
    if ('err' in first) throw first.err;
    answer({ status: first.response?.status ?? 200, body: first.response?.body });
    return;
  }

  const code = referenceCode();
  overrun.code = code;
  const meta = { code, budgetMs, activityId: activity.id, activityType: activity.type, conversationId: activity.conversation.id };
  logger.warn(meta, 'turn over its budget; answered with a notice');
  const text = message(localeOf(activity), 'turnSlow', { code });
  answer(standIn(activity, text));
  // A message turn's answers go through the Bot Connector: the notice too, past the turn's own (now silent) sends.
  if (quiet && activity.type === 'message' && activity.deliveryMode !== 'expectReplies' && context !== undefined) {
    const ctx = context;
    const notice = TurnContext.applyConversationReference(MessageFactory.text(text), TurnContext.getConversationReference(activity));
    await ctx.adapter
      .sendActivities(ctx, [notice])
      .catch((err: unknown) => logger.error({ code, err }, 'could not send the budget notice'));
  }
  // The turn ends on its own: storage calls have their own timeouts, writes are transactional and idempotent.
  const outcome = await work.then(
    () => (failed ? 'failed' : 'finished'),
    () => 'failed',
  );
  logger.warn({ ...meta, outcome, suppressed: overrun.suppressed }, 'turn over its budget has ended');
}
