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
  415: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'Het verzoek klopt niet.',
  401: 'Log eerst in.',
  403: 'Dit mag je niet doen.',
  404: 'Niet gevonden.',
  409: 'Dit botst met iets dat al bestaat.',
  413: 'Het verzoek is te groot.',
  415: 'Deze codering wordt niet ondersteund.',
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
  const fromHttpStack = clientErrorOfHttpStack(err);
  if (fromHttpStack) return fromHttpStack;
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

/** Body-parser's error types (see body-parser and raw-body) and what to tell the client. */
const BY_TYPE: Record<string, Omit<ErrorBody, 'details'>> = {
  'entity.too.large': { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Het verzoek is te groot.' },
  'entity.parse.failed': {
    statusCode: 400,
    code: 'INVALID_JSON',
    message: 'De inhoud is geen geldige JSON.',
  },
  'charset.unsupported': {
    statusCode: 415,
    code: 'VALIDATION_FAILED',
    message: 'Deze tekenset wordt niet ondersteund: stuur UTF-8.',
  },
  'encoding.unsupported': {
    statusCode: 415,
    code: 'VALIDATION_FAILED',
    message: 'Deze codering wordt niet ondersteund: stuur gewone, gzip-, deflate- of br-inhoud.',
  },
  'request.aborted': { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Het verzoek werd afgebroken.' },
  'request.size.invalid': {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'De lengte van het verzoek klopt niet met de inhoud.',
  },
};

/**
 * Errors the HTTP stack raises before Nest sees the request (body-parser, raw-body, zlib, the
 * router) carry their client status in `status` or `statusCode` (http-errors); a corrupt gzip body,
 * for one, is zlib's error with status 400 and no type. Any 4xx among them keeps its status; only
 * a real fault of ours is a 500.
 */
function clientErrorOfHttpStack(err: unknown): ErrorBody | null {
  if (err === null || typeof err !== 'object') return null;
  const { status, statusCode, type, code, errno } = err as Record<string, unknown>;
  const known = typeof type === 'string' ? BY_TYPE[type] : undefined;
  if (known) return { ...known };
  const s = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : 0;
  if (!Number.isInteger(s) || s < 400 || s > 499) return null;
  // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR, brotli's ERR_…) carry a code and an errno.
  if (typeof code === 'string' && typeof errno === 'number')
    return {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'De gecomprimeerde inhoud is beschadigd of klopt niet met Content-Encoding.',
    };
  return {
    statusCode: s,
    code: CODE_BY_STATUS[s] ?? 'VALIDATION_FAILED',
    message: MESSAGE_BY_STATUS[s] ?? 'Het verzoek klopt niet.',
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
