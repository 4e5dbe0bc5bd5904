import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import pino from 'pino';
import { requestLogger } from './request-logger.js';

function logged(everyRequest: boolean, statuses: number[]): { msg: string; status: number }[] {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const middleware = requestLogger(pino({ level: 'info' }, sink), everyRequest);
  for (const status of statuses) {
    const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as Response;
    middleware(
      { method: 'GET', baseUrl: '/api', route: { path: '/health' } } as Request,
      res,
      () => undefined,
    );
    res.emit('finish');
  }
  return lines.map((l) => JSON.parse(l) as { msg: string; status: number });
}

describe('requestLogger', () => {
  it('should stay quiet about ordinary requests unless LOG_REQUESTS is on', () => {
    expect(logged(false, [200, 404])).toEqual([]);
    expect(logged(true, [200, 404]).map((l) => l.status)).toEqual([200, 404]);
  });

  it('should always log a server error', () => {
    expect(logged(false, [200, 500]).map((l) => l.status)).toEqual([500]);
  });
});
