import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  classifyContribution,
  type CrisisDetection,
  detectCrisis,
  extractThemes,
  type PhaseClassification,
  type ThemeId,
} from '@spiegel/domain';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** What the domain reads in a contribution's text on its own: its phase, crisis signs (without context), themes. */
export interface TextReading {
  classification: PhaseClassification;
  crisis: CrisisDetection;
  themes: ThemeId[];
}

/** The reading on the calling thread (also the thread's own code, through the built `@spiegel/domain`). */
export function readText(text: string): TextReading {
  return {
    classification: classifyContribution(text),
    crisis: detectCrisis(text),
    themes: extractThemes(text),
  };
}

/** The worker: the same three domain functions, from the built package, one text per message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.domain).then((d) => {
  parentPort.on('message', ({ id, text }) => {
    let reply;
    try {
      reply = { id, reading: { classification: d.classifyContribution(text), crisis: d.detectCrisis(text), themes: d.extractThemes(text) } };
    } catch (err) {
      reply = { id, error: String(err && err.message) };
    }
    parentPort.postMessage(reply);
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ failed: String(err && err.message) }));
`;

/**
 * The built `@spiegel/domain` (its package's `main`), also where this process reads the package's sources
 * (tests, `tsx` with the source condition): a worker thread has no TypeScript loader.
 */
function builtDomain(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@spiegel/domain'));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const { main } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { main: string };
  return pathToFileURL(path.join(dir, main)).href;
}

type Reply =
  { ready: true } | { failed: string } | { id: number; reading: TextReading } | { id: number; error: string };

interface Pending {
  text: string;
  resolve: (reading: TextReading) => void;
  reject: (err: Error) => void;
}

/**
 * Classification, crisis detection and theme extraction of a new contribution on a worker thread: about a
 * quarter of the API's CPU per chat message (round ten of docs/performance.md), off the event loop that
 * serves every socket. Texts are read in the order they arrive. Whenever the thread is not there (switched
 * off with TEXT_READER_THREAD=off, still starting, failed to start or died), texts are read on the calling
 * thread, with the same functions and results, so a send never waits on a missing worker. The worker loads
 * the built `@spiegel/domain` (`pnpm build`), as production does.
 */
@Injectable()
export class TextReader implements OnApplicationShutdown {
  private worker?: Worker;
  private ready = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    if (config.textReaderThread) this.start();
  }

  /** Whether texts go to the thread now (false while it starts, after it failed, or when switched off). */
  get threaded(): boolean {
    return this.worker !== undefined && this.ready;
  }

  read(text: string): Promise<TextReading> {
    const worker = this.worker;
    if (!worker || !this.ready) {
      try {
        return Promise.resolve(readText(text));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, { text, resolve, reject });
      worker.postMessage({ id, text });
    });
  }

  onApplicationShutdown(): void {
    const worker = this.worker;
    this.stop();
    void worker?.terminate();
  }

  private start(): void {
    let domain: string;
    try {
      domain = builtDomain();
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { domain } });
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'text reader thread not started');
      return;
    }
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('error', (err) => {
      this.logger.warn({ err: { message: err.message } }, 'text reader thread failed');
      this.stop();
    });
    this.worker.on('exit', () => this.stop());
  }

  private onReply(reply: Reply): void {
    if ('ready' in reply) {
      this.ready = true;
      return;
    }
    if ('failed' in reply) {
      this.logger.warn({ err: { message: reply.failed } }, 'text reader thread could not load the domain');
      void this.worker?.terminate();
      this.stop();
      return;
    }
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if ('reading' in reply) p.resolve(reply.reading);
    else p.reject(new Error(reply.error));
  }

  /** Without the thread from here on; what it still held is read here, so no send is left waiting. */
  private stop(): void {
    this.worker = undefined;
    this.ready = false;
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) {
      try {
        p.resolve(readText(p.text));
      } catch (err) {
        p.reject(err as Error);
      }
    }
  }
}
