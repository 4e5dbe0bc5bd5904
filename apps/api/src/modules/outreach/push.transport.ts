import { Inject, Injectable } from '@nestjs/common';
import webpush from 'web-push';
import type { PushPayload } from '@spiegel/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** A push service that has not answered by then is tried again later through the queue. */
const PUSH_TIMEOUT_MS = 10_000;

/** How one attempt ended: delivered, or the device is gone for good (404/410: forget it). Other faults throw. */
export type PushOutcome = 'sent' | 'gone';

export class PushFault extends Error {
  constructor(readonly code: string) {
    super(`push not delivered: ${code}`);
  }
}

/**
 * Web push out: the web-push library encrypts the payload (aes128gcm, RFC 8291) to the device's keys
 * and signs a VAPID token (RFC 8292); the request goes out through fetch with a timeout and without
 * following redirects. The VAPID pair comes from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, or else from the
 * database, where the first instance that needs one makes it.
 */
@Injectable()
export class PushTransport {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: PushSubscriptionsRepository,
  ) {}

  async publicKey(): Promise<string> {
    return (await this.vapidKeys()).publicKey;
  }

  private vapidKeys(): Promise<{ publicKey: string; privateKey: string }> {
    const { vapidPublicKey, vapidPrivateKey } = this.config;
    if (vapidPublicKey && vapidPrivateKey)
      return Promise.resolve({ publicKey: vapidPublicKey, privateKey: vapidPrivateKey });
    return this.repo.keys(() => webpush.generateVAPIDKeys());
  }

  async send(target: PushTarget, payload: PushPayload, urgent: boolean): Promise<PushOutcome> {
    const keys = await this.vapidKeys();
    const details = webpush.generateRequestDetails(target, JSON.stringify(payload), {
      vapidDetails: {
        subject: this.config.vapidSubject,
        publicKey: keys.publicKey,
        privateKey: keys.privateKey,
      },
      contentEncoding: 'aes128gcm',
      // A crisis alert that arrives a day late helps nobody; other kinds may wait for a phone that is off.
      TTL: urgent ? 3600 : 86400,
      urgency: urgent ? 'high' : 'normal',
    });
    let res: Response;
    try {
      res = await fetch(details.endpoint, {
        method: details.method,
        headers: details.headers as Record<string, string>,
        body: details.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      const e = err as { name?: string; cause?: { code?: string } };
      throw new PushFault(
        e.name === 'TimeoutError' ? 'TIMEOUT' : (e.cause?.code ?? 'NETWORK_ERROR').slice(0, 40),
      );
    }
    if (res.status === 404 || res.status === 410) return 'gone';
    if (res.status >= 200 && res.status < 300) return 'sent';
    throw new PushFault(`HTTP_${res.status}`);
  }
}
