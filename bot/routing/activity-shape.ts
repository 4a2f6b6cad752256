// What POST /api/messages accepts as a Bot Framework activity, checked before the token (cheap, no I/O): the fields
// every turn needs, and the type and size of every field the bot or botbuilder reads. A hostile value in any of them
// (a number for `membersAdded`, a control character or 100,000 characters in a conversation id, a `file:` serviceUrl)
// is a 400 here instead of a failed turn further in (found by the fuzz run, test/fuzz/).
import type { Activity } from 'botbuilder';
import * as z from 'zod';

/** Ids go into HTTP headers and storage keys: printable ASCII, as every Teams and Bot Framework id is. */
const Id = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[\x21-\x7e][\x20-\x7e]*$/);
const Short = z.string().max(1024).nullish();
const Account = z.looseObject({ id: Id, name: Short, aadObjectId: Short, role: Short });

const ActivityShape = z.looseObject({
  type: z.string().min(1).max(64),
  id: Short,
  channelId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\x21-\x7e]+$/),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: Id, tenantId: Short, conversationType: Short, name: Short }),
  from: Account,
  recipient: Account,
  locale: z.string().max(64).nullish(),
  text: z.string().nullish(),
  name: Short,
  action: Short,
  replyToId: Short,
  deliveryMode: z.string().max(64).nullish(),
  entities: z.array(z.looseObject({ type: z.string().max(1024) })).optional(),
  attachments: z.array(z.looseObject({})).nullish(),
  membersAdded: z.array(Account).nullish(),
  membersRemoved: z.array(Account).nullish(),
  channelData: z.looseObject({}).nullish(),
});

// Lists are lists when present (or null, which botbuilder handles); `entities` never null: botbuilder reads its length.
/** A parsed JSON body that is an activity the bot can run; anything else is answered 400 before authentication. */
export const ActivityBody = z.custom<Activity>((value) => ActivityShape.safeParse(value).success);
