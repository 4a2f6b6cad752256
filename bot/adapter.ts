// CloudAdapter built from config, plus onTurnError: a Dutch answer with a reference code and a structured log line.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { StorageError } from '../storage/errors.js';
import type { Config } from './config.js';
import { applyLanguagePolicy, localeOf } from './locale.js';
import type { Logger } from './logger.js';
import { referenceCode } from './reference-code.js';
import { errorReply } from './routing/error-reply.js';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ClaimsIdentity = AuthResult['claimsIdentity'];
type ConnectorFactory = NonNullable<AuthResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
export type TurnLogic = (context: TurnContext) => Promise<void>;

// Enough for every (bot id, service URL, audience) one instance meets; past it the map starts again (clients are cheap
// to make once, only not on every turn).
const MAX_CLIENTS = 200;

/**
 * The outbound clients of a turn, made once per (bot id, service URL, audience) instead of on every turn: CloudAdapter
 * builds a new ConnectorClient and UserTokenClient per activity, each with its own HTTP pipeline (~3 % of the bot's CPU
 * per turn in the turn bench, issue 10). The legacy BotFrameworkAdapter kept its clients the same way; the credentials
 * inside a client fetch and refresh their own tokens. A failed creation is not kept.
 */
class ClientCache<T> {
  private readonly made = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.made.get(key);
    if (known !== undefined) return known;
    if (this.made.size >= MAX_CLIENTS) this.made.clear();
    const made = make();
    this.made.set(key, made);
    made.catch(() => this.made.delete(key));
    return made;
  }
}

/** Who the turn is for, as the SDK picks the bot id from the claims (appid for v1 tokens, azp for v2). */
const claimsKey = (identity: ClaimsIdentity): string =>
  JSON.stringify(identity.claims.filter((c) => ['aud', 'appid', 'azp', 'ver'].includes(c.type)).map((c) => [c.type, c.value]));

/** ConfigurationBotFrameworkAuthentication whose user-token clients are kept per bot id (ClientCache). */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly tokenClients = new ClientCache<UserTokenClient>();

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(claimsKey(identity), () => super.createUserTokenClient(identity));
  }
}

/**
 * Splits CloudAdapter.process into its two steps so the server can refuse a foreign tenant after the token is
 * checked and before any bot logic runs, and so failures are logged through pino instead of console.error.
 */
export class BotAdapter extends CloudAdapter {
  private readonly connectors = new ClientCache<ConnectorClient>();

  constructor(private readonly auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
  }

  /** Rejects (an error with statusCode 401) when the Authorization header is missing or invalid. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    return this.auth.authenticateRequest(activity, authHeader);
  }

  run(auth: AuthResult, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    const factory = auth.connectorFactory;
    if (factory === undefined) return this.processActivity(auth, activity, logic);
    const identity = claimsKey(auth.claimsIdentity);
    const connectorFactory: ConnectorFactory = {
      create: (serviceUrl, audience) =>
        this.connectors.get(JSON.stringify([identity, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
    };
    return this.processActivity({ ...auth, connectorFactory }, activity, logic);
  }
}

export function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const { bot } = config;
  return {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appType,
    ...(bot.appTenantId !== undefined ? { MicrosoftAppTenantId: bot.appTenantId } : {}),
    ...(bot.certificate !== undefined
      ? { CertificateThumbprint: bot.certificate.thumbprint, CertificatePrivateKey: bot.certificate.privateKey }
      : {}),
  };
}

export interface TurnErrorDeps {
  logger: Logger;
  /** Clears the conversation's dialog state so a broken dialog does not fail again on the next message. */
  clearState(context: TurnContext): Promise<void>;
}

export async function handleTurnError(context: TurnContext, error: unknown, deps: TurnErrorDeps): Promise<void> {
  const code = referenceCode();
  const { activity } = context;
  const err = error instanceof Error ? error : new Error(String(error));
  deps.logger.error(
    {
      code,
      err,
      storageKind: error instanceof StorageError ? error.kind : undefined,
      activityId: activity.id,
      activityType: activity.type,
      conversationId: activity.conversation?.id,
      channelId: activity.channelId,
    },
    'turn failed',
  );
  try {
    await deps.clearState(context);
  } catch (clearError) {
    deps.logger.error({ code, err: clearError }, 'could not clear conversation state after a failed turn');
  }
  // An invoke already answered, or a conversation we may no longer post to, must not turn into a second failure.
  try {
    await context.sendActivity(errorReply(localeOf(activity), code, error instanceof StorageError));
  } catch (sendError) {
    deps.logger.error({ code, err: sendError }, 'could not send the error reply');
  }
}

/**
 * `authOverrides`: Bot Framework authentication settings over those of `config`, e.g. the OpenID metadata of a local key
 * server in the forged-token tests (test/bot/forged-tokens.test.ts); production passes none.
 */
export function createAdapter(
  config: Config,
  deps: TurnErrorDeps,
  authOverrides: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {},
): BotAdapter {
  const adapter = new BotAdapter(new ReusingAuthentication({ ...authOptions(config), ...authOverrides }));
  adapter.use({
    onTurn: async (context, next) => {
      applyLanguagePolicy(context.activity, config.language);
      await next();
    },
  });
  adapter.onTurnError = (context, error) => handleTurnError(context, error, deps);
  return adapter;
}
