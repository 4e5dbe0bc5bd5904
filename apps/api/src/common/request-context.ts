import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** What the access log needs to know about the request it is written in, without threading it through. */
export interface RequestContext {
  ip: string | null;
  /** Access-log entries written while handling this request (the interceptor adds one when none was). */
  auditEntries: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const currentRequest = (): RequestContext | undefined => storage.getStore();

/** Express middleware: every request runs inside its own context. */
export function requestContext() {
  return (req: Request, _res: Response, next: NextFunction) =>
    storage.run({ ip: req.ip ?? null, auditEntries: 0 }, next);
}
