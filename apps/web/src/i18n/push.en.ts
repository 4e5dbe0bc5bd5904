import type { pushNl } from './push.nl';

export const pushEn: typeof pushNl = {
  pwa: {
    waiting: 'Spiegel will carry on as soon as you are connected again.',
    offline: 'You are offline — your messages will be sent as soon as you are connected again.',
  },
  push: {
    heading: 'Notifications on this device',
    intro:
      'Spiegel can show a notification on your phone or computer, even when the app is closed. A notification never says what anyone wrote: only that there is something, and where. Below you choose per kind whether you want one.',
    enable: 'Turn on notifications on this device',
    enabling: 'Turning on…',
    disable: 'Turn off notifications on this device',
    on: 'Notifications are on for this device.',
    enabledNow: 'Notifications are now on for this device.',
    unsupported:
      'This browser cannot receive notifications. On an iPhone or iPad: first add Spiegel to your home screen (Share → Add to Home Screen) and open it from there.',
    denied:
      'Your browser does not allow notifications from Spiegel. You can change that in your browser’s site settings.',
    dismissed: 'You did not give permission. That is fine; you can turn it on later.',
    notReady: 'Notifications only work once Spiegel has fully loaded. Reload the page and try again.',
    failed: 'Turning on did not work. Please try again later.',
    devices: 'Devices with notifications',
    noDevices: 'No devices yet.',
    thisDevice: '(this device)',
    since: 'since {{date}}',
    remove: 'Remove',
    removeLabel: 'Remove notifications on {{label}}',
    unnamed: 'Device',
    byPush: 'As a notification on your devices',
  },
};
