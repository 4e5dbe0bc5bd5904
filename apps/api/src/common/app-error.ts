import { HttpException } from '@nestjs/common';

/** Stable error codes the clients can rely on; the message is for people. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CSRF_FAILED',
  'ORIGIN_NOT_ALLOWED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED_UP',
  'DISPLAY_NAME_TAKEN',
  'LOGIN_NAME_TAKEN',
  'WEAK_PASSWORD',
  'RESET_TOKEN_INVALID',
  'SECOND_FACTOR_INVALID',
  'SECOND_FACTOR_EXPIRED',
  'CONFLICT',
  'SSO_NOT_CONFIGURED',
  'SSO_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super({ code, message, details }, status);
  }
}

export const notFound = (message = 'Niet gevonden.') => new AppError(404, 'NOT_FOUND', message);
export const forbidden = (message = 'Dit mag je niet doen.') => new AppError(403, 'FORBIDDEN', message);
