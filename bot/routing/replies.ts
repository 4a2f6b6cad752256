// Cards as message activities, and how one turn answers: as new messages, or (Action.Execute) with the first card in
// place of the clicked one, returned in the invoke response.
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/render.js';
import type { Replies } from '../../dialogs/router/turn.js';
import type { Logger } from '../logger.js';

export function cardMessage(card: AdaptiveCardJson): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

export class TurnReplies implements Replies {
  private inPlace: AdaptiveCardJson | undefined;

  /** `answersInPlace`: an Action.Execute invoke, whose answer replaces the clicked card. */
  constructor(
    private readonly context: TurnContext,
    private readonly answersInPlace: boolean,
    private readonly logger: Logger,
  ) {}

  /** The card for the clicked card's place, once the handler has run. */
  get inPlaceCard(): AdaptiveCardJson | undefined {
    return this.inPlace;
  }

  awaitsInPlace(): boolean {
    return this.answersInPlace && this.inPlace === undefined;
  }

  async card(card: AdaptiveCardJson): Promise<string | undefined> {
    if (this.awaitsInPlace()) {
      this.inPlace = card;
      return this.context.activity.replyToId;
    }
    const sent = await this.context.sendActivity(cardMessage(card));
    // expectReplies turns (tests, load tests) get no message ids: nothing to update later.
    return sent?.id !== undefined && sent.id !== '' ? sent.id : undefined;
  }

  async text(text: string): Promise<void> {
    await this.context.sendActivity(MessageFactory.text(text));
  }

  /** Making an earlier card read-only is tidying up: a failure is logged, the turn's own answer still goes out. */
  async update(activityId: string, card: AdaptiveCardJson): Promise<void> {
    try {
      await this.context.updateActivity({ ...cardMessage(card), id: activityId, type: 'message' });
    } catch (err) {
      this.logger.warn({ err, activityId }, 'could not update an earlier card');
    }
  }
}
