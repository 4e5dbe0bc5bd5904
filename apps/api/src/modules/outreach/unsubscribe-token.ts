import { createHmac } from 'node:crypto';
import type { OutreachKind } from '@spiegel/domain';

/** The signature in an unsubscribe link: only the holder of the person's secret can make one. */
export const signUnsubscribe = (
  secret: string,
  membershipId: string,
  kind: OutreachKind | 'digest',
): string => createHmac('sha256', secret).update(`${membershipId}.${kind}`).digest('base64url');

/** The token in an unsubscribe link (`membership.kind.signature`). */
export const unsubscribeToken = (
  membershipId: string,
  secret: string,
  kind: OutreachKind | 'digest',
): string => `${membershipId}.${kind}.${signUnsubscribe(secret, membershipId, kind)}`;
