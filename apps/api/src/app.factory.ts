import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import expressStaticGzip from 'express-static-gzip';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { rejectForbiddenCharacters } from './common/forbidden-characters.js';
import { csrfMiddleware } from './common/csrf.middleware.js';
import { HttpExceptionFilter } from './common/http-exception.filter.js';
import { jsonBody } from './common/json-body.js';
import { PinoNestLogger } from './common/logger.js';
import { requestContext } from './common/request-context.js';
import { requestLogger } from './common/request-logger.js';
import { inlineScriptHashes, inlineStyleHashes, securityHeaders } from './common/security-headers.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { SpiegelIoAdapter } from './realtime/socket-io.adapter.js';

/** Stories are up to 20,000 characters; 256 KiB leaves room for UTF-8 and JSON escaping, no more. */
const BODY_LIMIT = '256kb';

/** Builds the whole app (API, socket.io, static web) on one port; used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, logger, databaseUrl),
    {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    },
  );
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // No ETag on the API's answers: Express hashed every JSON body (a history page is 30 KB) to make one, and
  // the answers are personal and change with every message, so a browser has nothing to revalidate.
  // The web app's files keep theirs (express-static-gzip sets its own).
  app.set('etag', false);
  const webIndex = path.join(webDir(config), 'index.html');
  // The web app's first-screen CSS and its deep links' early requests are inline in its index.html: the
  // CSP names them by hash.
  const indexHtml = existsSync(webIndex) ? readFileSync(webIndex, 'utf8') : '';
  app.use(
    securityHeaders({
      styleHashes: inlineStyleHashes(indexHtml),
      scriptHashes: inlineScriptHashes(indexHtml),
    }),
  );
  // Who is asking from where, for the access log, without threading the request through every service.
  app.use('/api', requestContext());
  app.use('/api', requestLogger(logger, config.logRequests));
  app.use(cookieParser());
  app.use('/api', ...jsonBody(BODY_LIMIT));
  app.use('/api', csrfMiddleware(config));
  app.use('/api', rejectForbiddenCharacters());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter(logger));
  app.useWebSocketAdapter(new SpiegelIoAdapter(app, config, databaseUrl, logger));
  app.enableShutdownHooks();

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Spiegel API')
      .setDescription(
        'Peer-support rooms, trajecten and insight for herstelacademies. Cookie sessions; send x-csrf-token on changes.',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc);

  serveWeb(app, config);
  return app;
}

/**
 * The built web app from the same origin, with the SPA fallback for client-side routes. The build
 * leaves brotli and gzip copies beside every text file; they are served as they are, by what the
 * browser accepts (brotli first), with `Vary: Accept-Encoding` for caches in between.
 */
function webDir(config: AppConfig): string {
  return config.webDistDir ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../web/dist');
}

function serveWeb(app: NestExpressApplication, config: AppConfig): void {
  const dir = webDir(config);
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  const files = expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, maxAge: '1h', setHeaders: cacheHeaders },
  });
  const forTheApi = (req: Request) => req.path.startsWith('/api') || req.path.startsWith('/socket.io');
  // Registered before Nest's routes, so it sees every request first: the API's own paths skip it (a file
  // lookup per API request, answered "no such file" by a thread of the pool, was one more turn of the loop).
  app.use((req: Request, res: Response, next: NextFunction) =>
    forTheApi(req) ? next() : files(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || forTheApi(req)) return next();
    // Every client-side route is index.html, compressed like the other files.
    const originalUrl = req.url;
    req.url = '/index.html';
    files(req, res, (err?: unknown) => {
      req.url = originalUrl;
      next(err);
    });
  });
}

/** Hashed build files never change under their name; index.html names the current ones, so it is asked again. */
function cacheHeaders(res: ServerResponse, filePath: string): void {
  if (filePath.includes(`${path.sep}assets${path.sep}`))
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else if (path.basename(filePath).startsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
  // The service worker and what it loads decide which app version a device runs: always asked again.
  else if (/^(sw|registerSW|push-sw)\.js|^manifest\.webmanifest/.test(path.basename(filePath)))
    res.setHeader('Cache-Control', 'no-cache');
}
