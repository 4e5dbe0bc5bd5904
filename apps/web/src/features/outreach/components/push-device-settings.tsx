import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushDeviceView } from '@spiegel/domain';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PUSH_DEVICE_KEY } from '../../../lib/push-device';
import { useRemovePushDevice, usePushSettings, useSubscribePush } from '../api/push';

type Problem = 'unsupported' | 'denied' | 'dismissed' | 'notReady' | 'failed';

function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

function storedDeviceId(): string | null {
  try {
    return window.localStorage.getItem(PUSH_DEVICE_KEY);
  } catch {
    return null;
  }
}

function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = (value + '='.repeat((4 - (value.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = window.atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** "Firefox op Android": enough to recognise the device in the list, nothing more. */
function deviceLabel(language: string): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Browser';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone/.test(ua)
      ? 'iPhone'
      : /iPad/.test(ua)
        ? 'iPad'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X/.test(ua)
            ? 'Mac'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
  return os ? `${browser} ${language === 'en' ? 'on' : 'op'} ${os}` : browser;
}

async function serviceWorkerReady(ms: number): Promise<ServiceWorkerRegistration | null> {
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]);
}

/**
 * "Meldingen op dit apparaat aanzetten": the browser asks for permission only after this click. The
 * device's subscription goes to the server; the list shows every device that gets notifications.
 */
export function PushDeviceSettings() {
  const { t, i18n } = useTranslation();
  const settings = usePushSettings();
  const subscribe = useSubscribePush();
  const remove = useRemovePushDevice();
  const [problem, setProblem] = useState<Problem | null>(pushSupported() ? null : 'unsupported');
  const [busy, setBusy] = useState(false);
  const [enabledNow, setEnabledNow] = useState(false);
  const [thisDevice, setThisDevice] = useState<string | null>(storedDeviceId);
  const devices = settings.data?.devices ?? [];
  const permission = pushSupported() ? Notification.permission : 'denied';
  const isOn = permission === 'granted' && devices.some((d) => d.id === thisDevice);

  async function enable() {
    if (!settings.data) return;
    setProblem(null);
    setEnabledNow(false);
    setBusy(true);
    try {
      const answer = await Notification.requestPermission();
      if (answer !== 'granted') {
        setProblem(answer === 'denied' ? 'denied' : 'dismissed');
        return;
      }
      const registration = await serviceWorkerReady(8000);
      if (!registration) {
        setProblem('notReady');
        return;
      }
      const key = base64UrlToBytes(settings.data.publicKey);
      let subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        // A subscription made for another server key cannot be reused: start afresh.
        const current = subscription.options.applicationServerKey;
        const same =
          current !== null &&
          new Uint8Array(current).length === key.length &&
          new Uint8Array(current).every((b, i) => b === key[i]);
        if (!same) {
          await subscription.unsubscribe();
          subscription = null;
        }
      }
      subscription ??= await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: key,
      });
      const json = subscription.toJSON();
      const result = await subscribe.mutateAsync({
        endpoint: json.endpoint ?? subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
        label: deviceLabel(i18n.language),
        locale: i18n.language === 'en' ? 'en' : 'nl',
      });
      if (result.currentDeviceId) {
        try {
          window.localStorage.setItem(PUSH_DEVICE_KEY, result.currentDeviceId);
        } catch {
          // private mode: the list still shows the device
        }
        setThisDevice(result.currentDeviceId);
      }
      setEnabledNow(true);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  }

  async function removeDevice(device: PushDeviceView) {
    await remove.mutateAsync(device.id).catch(() => undefined);
    if (device.id === thisDevice) {
      setEnabledNow(false);
      const registration = pushSupported() ? await serviceWorkerReady(2000) : null;
      await (await registration?.pushManager.getSubscription())?.unsubscribe().catch(() => undefined);
    }
  }

  return (
    <section className="card push-devices" aria-labelledby="push-heading">
      <h2 id="push-heading">{t('push.heading')}</h2>
      <p className="muted">{t('push.intro')}</p>
      {problem && <ErrorAlert>{t(`push.${problem}`)}</ErrorAlert>}
      {enabledNow && <Notice>{t('push.enabledNow')}</Notice>}
      {isOn && !enabledNow && <p>{t('push.on')}</p>}
      {problem !== 'unsupported' && !isOn && (
        <Button onClick={() => void enable()} disabled={busy || !settings.data}>
          {busy ? t('push.enabling') : t('push.enable')}
        </Button>
      )}
      {devices.length > 0 && (
        <>
          <h3>{t('push.devices')}</h3>
          <ul className="push-devices__list">
            {devices.map((d) => {
              const label = d.label || t('push.unnamed');
              return (
                <li key={d.id} className="push-devices__item">
                  <span>
                    {label} {d.id === thisDevice && <span className="muted">{t('push.thisDevice')}</span>}{' '}
                    <span className="muted">
                      {t('push.since', { date: new Date(d.createdAt).toLocaleDateString(i18n.language) })}
                    </span>
                  </span>
                  <Button
                    variant="secondary"
                    aria-label={t('push.removeLabel', { label })}
                    disabled={remove.isPending}
                    onClick={() => void removeDevice(d)}
                  >
                    {t('push.remove')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
