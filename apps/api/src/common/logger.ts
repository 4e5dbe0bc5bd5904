import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One structured logger. Request bodies are never logged; these paths are censored in case a
 * field ever slips into a log call: message content, passwords, tokens, cookies.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'spiegel-api' },
    redact: {
      paths: [
        'password',
        '*.password',
        'newPassword',
        '*.newPassword',
        'currentPassword',
        'token',
        '*.token',
        'code',
        '*.code',
        'body',
        '*.body',
        'text',
        '*.text',
        'content',
        '*.content',
        'headers.cookie',
        '*.headers.cookie',
        'cookie',
      ],
      censor: '[redacted]',
    },
  });
}

/**
 * Nest's start-up chatter (one line per module and per route, ~150 lines) is only of interest when
 * debugging; at info it pushes the start banner off the screen.
 */
const BOOT_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'WebSocketsController',
]);

/** Routes Nest's own log lines through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    if (context && BOOT_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
