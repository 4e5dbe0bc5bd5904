/**
 * Why the session just ended, for the log-in page's calm explanation. The guard that sends someone
 * to log-in reads it; the log-in page clears it once shown. A module value is enough: one person per tab.
 */
export const LOGOUT_REASONS = ['loggedOut', 'loggedOutEverywhere', 'sessionEnded', 'accountDeleted'] as const;
export type LogoutReason = (typeof LOGOUT_REASONS)[number];

let pending: LogoutReason | null = null;

export function setLogoutReason(reason: LogoutReason): void {
  pending = reason;
}

export function peekLogoutReason(): LogoutReason | null {
  return pending;
}

export function clearLogoutReason(): void {
  pending = null;
}
