/** The shape of every input the server accepts (zod strict objects: an unknown key is refused, not dropped). */
import { z } from 'zod';
import { cleanText } from '../save/text.ts';

const Name = z.string().transform((s) => cleanText(s).trim()).pipe(z.string().min(1).max(60));
export const Role = z.enum(['AR', 'SR', 'FR']);
export const Hash = z.string().regex(/^[0-9a-f]{32}$/);

export const CreateEvent = z.strictObject({
  name: z.string().transform((s) => cleanText(s).trim()).pipe(z.string().min(1).max(100)),
  /** A bundled scenario by id, or an instructor's scenario file as text (YAML or JSON). */
  scenario: z.union([z.strictObject({ id: z.string().min(1).max(40) }), z.strictObject({ yaml: z.string().min(1).max(1024 * 1024) })]),
  /** Kept from the teams until the event starts. Omitted: the server draws one. */
  seed: z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces').optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
  /** Seconds each team has for a week (30 s – 1 day); omitted or null: free play. */
  weekSeconds: z.int().min(30).max(86_400).nullable().default(null),
  teams: z.array(z.strictObject({ name: Name, mode: z.enum(['oneLaptop', 'roleLaptops']).default('oneLaptop') })).min(1).max(200)
    .refine((ts) => new Set(ts.map((t) => t.name.toLowerCase())).size === ts.length, 'two teams have the same name'),
});

export const Pace = z.strictObject({ weekSeconds: z.int().min(30).max(86_400).nullable() });

export const Join = z.strictObject({ code: z.string().min(1).max(20), role: Role.optional() });

/** A role laptop's "ready to end the week" (or not any more), for the week it sees. */
export const Ready = z.strictObject({ week: z.int().min(1).max(1000), ready: z.boolean() });

export const SubmitAction = z.strictObject({
  /** The action's index in the team's log: the number of actions the client already has acknowledged. */
  seq: z.int().min(0).max(200_000),
  action: z.unknown(),
  /** The client's state hash after applying the action itself, to compare with the server's. */
  hash: Hash.optional(),
});

export const WsMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auth'), token: z.string().min(10).max(200) }),
  z.strictObject({ type: z.literal('action'), seq: SubmitAction.shape.seq, action: z.unknown(), hash: Hash.optional() }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type WsMessage = z.infer<typeof WsMessage>;

export const IdParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
