import {
  CONTRIBUTION_KINDS,
  PHASE_IDS,
  REACTION_KINDS,
  STORY_BODY_MAX_CHARS,
  STORY_TITLE_MAX_CHARS,
} from '@spiegel/domain';
import { z } from 'zod';

/** Socket payloads, validated strictly: unknown fields, wrong types and oversized strings are refused. */
const uuid = z.uuid();
const contributionId = z.string().regex(/^\d{1,18}$/);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const eventSchemas = {
  ping: z.strictObject({}),
  'contribution:send': z.strictObject({
    clientId: uuid,
    roomId: uuid,
    kind: z.enum(CONTRIBUTION_KINDS),
    body: z.string().min(1).max(STORY_BODY_MAX_CHARS),
    title: z.string().max(STORY_TITLE_MAX_CHARS).optional(),
    replyToId: contributionId.optional(),
  }),
  'contribution:edit': z.strictObject({
    id: contributionId,
    body: z.string().min(1).max(STORY_BODY_MAX_CHARS),
    title: z.string().max(STORY_TITLE_MAX_CHARS).optional(),
  }),
  'contribution:delete': z.strictObject({ id: contributionId }),
  'contribution:setPhase': z.strictObject({ id: contributionId, phase: z.enum(PHASE_IDS).nullable() }),
  'reaction:set': z.strictObject({ contributionId, kind: z.enum(REACTION_KINDS), on: z.boolean() }),
  catchup: z.strictObject({
    rooms: z.array(z.strictObject({ roomId: uuid, afterSeq: seq })).max(200),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  typing: z.strictObject({ roomId: uuid, typing: z.boolean() }),
  'room:read': z.strictObject({ roomId: uuid, seq }),
  'room:presence': z.strictObject({ roomId: uuid }),
} as const;

export type EventName = keyof typeof eventSchemas;
