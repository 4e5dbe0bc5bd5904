import type { twoFactorNl } from './two-factor.nl';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const twoFactorEn: Strings<typeof twoFactorNl> = {
  twoFactor: {
    step: {
      title: 'Second step',
      heading: 'One more step',
      intro: 'Open the authenticator app on your phone and enter the six-digit code shown for Spiegel.',
      code: 'Code from your app',
      codeHint: 'Six digits. The code changes every 30 seconds.',
      codeRequired: 'Enter the six-digit code.',
      remember: 'Remember this device for 30 days',
      rememberHint: 'Only on a device that is yours. Your password is still needed.',
      submit: 'Continue',
      submitting: 'Working…',
      lostPhone: 'Lost your phone? Use a recovery code',
      useApp: 'Use the code from your app instead',
      recoveryCode: 'Recovery code',
      recoveryHint:
        'One of the ten codes you kept when setting this up, for example ABCDE-FGHJK. Each code works once.',
      recoveryRequired: 'Enter a recovery code.',
      recoveryLeft:
        'You have {{count}} recovery codes left. Set up your second step again if your phone is really gone.',
      noCodes: 'No codes left? Ask your admin to reset your second step.',
      cancel: 'Cancel and go back to log-in',
      expiredHeading: 'Log in again',
      expired:
        'This log-in has expired or was already completed. Log in again with your login name and password.',
      toLogin: 'Go to log-in',
      welcome: 'Welcome, {{name}}.',
    },
    enrol: {
      title: 'Set up the second step',
      heading: 'Set up your second step',
      required:
        'Your organisation asks facilitators and admins to use a second step when logging in: a code from an app on your phone. It takes a few minutes, then you can go on.',
      intro:
        'With a second step you need a code from an app on your phone besides your password. Then nobody gets to your data with your password alone.',
      appHint:
        'You need an authenticator app, for example Google Authenticator, Microsoft Authenticator or FreeOTP.',
      start: 'Start setting up',
      starting: 'One moment…',
      scanHeading: '1. Scan the QR code',
      qrAlt: 'QR code to add Spiegel to your authenticator app',
      secretHeading: 'Cannot scan? Type this key into your app',
      secretLabel: 'Secret key',
      confirmHeading: '2. Enter the code from your app',
      confirm: 'Confirm',
      confirming: 'Checking…',
      codesHeading: 'Keep your recovery codes',
      codesIntro:
        'If you lose your phone, one of these codes still lets you log in. Each code works once. You only see them now: print them or write them down, and keep them somewhere safe.',
      codesLabel: 'Recovery codes',
      print: 'Print',
      copy: 'Copy',
      copied: 'Copied.',
      copyFailed: 'Copying did not work. Select the codes and copy them yourself.',
      saved: 'I have kept my recovery codes',
      savedRequired: 'Tick that you have kept the codes.',
      done: 'Done',
      doneNotice: 'Your second step is on.',
    },
    account: {
      heading: 'Second step when logging in',
      on: 'On since {{date}}. When you log in we ask for a code from your app.',
      codesLeft: 'You have {{count}} recovery codes left.',
      requiredNote: 'Your organisation asks this for your role, so it cannot be switched off.',
      off: 'Off. You log in with your password alone.',
      disableHeading: 'Switch the second step off',
      disableIntro: 'Enter a code from your app to switch the second step off.',
      disable: 'Switch off',
      disabled: 'Your second step is off.',
    },
    admin: {
      policyHeading: 'Second step when logging in',
      policyIntro:
        'With a second step, facilitators and admins need a code from an app besides their password. Participants choose for themselves.',
      policyRequired: 'Required for facilitators and admins',
      policySaved: 'Saved.',
      column: 'Second step',
      on: 'On',
      off: 'Off',
      reset: 'Clear second step',
      resetLabel: 'Clear the second step of {{name}}',
      resetConfirmTitle: 'Clear the second step?',
      resetConfirmText:
        'The second step of {{name}} is cleared and {{name}} is logged out everywhere. {{name}} sets it up again at the next log-in. Only do this when you are sure {{name}} asked for it.',
      resetConfirm: 'Clear',
      resetDone: 'The second step of {{name}} was cleared. {{name}} is told about it.',
    },
  },
};
