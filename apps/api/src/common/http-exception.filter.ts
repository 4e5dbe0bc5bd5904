import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppError, type ErrorCode } from './app-error.js';
import { unstorableText } from './pg-errors.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'Het verzoek klopt niet.',
  401: 'Log eerst in.',
  403: 'Dit mag je niet doen.',
  404: 'Niet gevonden.',
  409: 'Dit botst met iets dat al bestaat.',
  413: 'Het verzoek is te groot.',
  429: 'Even rustig aan: probeer het zo opnieuw.',
};

/** Turns anything thrown into a JSON body with a stable code. Never leaks a stack trace. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof AppError) {
    const body: ErrorBody = { statusCode: err.getStatus(), code: err.code, message: err.message };
    if (err.details !== undefined) body.details = err.details;
    return body;
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    return {
      statusCode: status,
      code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED'),
      message: MESSAGE_BY_STATUS[status] ?? 'Er ging iets mis.',
    };
  }
  const type = (err as { type?: string } | null)?.type;
  if (type === 'entity.too.large')
    return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Het verzoek is te groot.' };
  if (type === 'entity.parse.failed')
    return { statusCode: 400, code: 'INVALID_JSON', message: 'De inhoud is geen geldige JSON.' };
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return { statusCode: 415, code: 'VALIDATION_FAILED', message: 'Deze codering wordt niet ondersteund.' };
  // A backstop: input checks refuse control characters before a query runs.
  if (unstorableText(err))
    return {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'De tekst bevat tekens die niet zijn toegestaan.',
    };
  return {
    statusCode: 500,
    code: 'INTERNAL_ERROR',
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  };
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      // The error's message and stack only: never the request body.
      const err =
        exception instanceof Error
          ? { name: exception.name, message: exception.message, stack: exception.stack }
          : {};
      this.logger.error({ err }, 'unhandled error');
    }
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }
}
