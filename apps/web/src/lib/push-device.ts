import type { PushSettingsView } from '@spiegel/domain';
import { apiFetch } from './api-client';

/** Where this browser remembers which of the person's push devices it is. */
export const PUSH_DEVICE_KEY = 'spiegel.pushDevice';

/**
 * On log-out this browser stops receiving the person's pushes (a shared computer must not show the
 * next user someone else's alerts): the device is removed while the session still exists, and the
 * browser's subscription is dropped. Never throws: logging out goes on whatever happens here.
 */
export async function forgetThisPushDevice(): Promise<void> {
  let id: string | null;
  try {
    id = window.localStorage.getItem(PUSH_DEVICE_KEY);
    window.localStorage.removeItem(PUSH_DEVICE_KEY);
  } catch {
    return;
  }
  if (!id) return;
  await apiFetch<PushSettingsView>(`/outreach/push/devices/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  }).catch(() => undefined);
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  await (
    await registration?.pushManager.getSubscription().catch(() => null)
  )
    ?.unsubscribe()
    .catch(() => undefined);
}
