import { describe, expect, it, jest } from '@jest/globals';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { readText, TextReader } from './text-reader.js';

const TEXTS = [
  'Ik herken wat je zegt, bij mij ging het vorige week net zo.',
  'Wat hielp jou toen het zo zwaar was?',
  'Ik wil niet meer leven, ik zie het niet meer zitten.',
  'Mijn week — één stap 🌱\n\nIk dacht altijd dat ik de enige was die zo slecht sliep.',
];

const logger = { warn: jest.fn() } as unknown as Logger;
const reader = (on: boolean) => new TextReader({ textReaderThread: on } as AppConfig, logger);

async function threadUp(r: TextReader): Promise<void> {
  for (let i = 0; i < 200 && !r.threaded; i++) await new Promise((res) => setTimeout(res, 25));
  if (!r.threaded)
    throw new Error(
      `the text reader thread did not start: ${JSON.stringify((logger.warn as jest.Mock).mock.calls)}`,
    );
}

describe('TextReader', () => {
  it('should read on its thread exactly what the domain functions read here', async () => {
    const r = reader(true);
    try {
      await threadUp(r);
      const readings = await Promise.all(TEXTS.map((t) => r.read(t)));
      expect(readings).toEqual(TEXTS.map(readText));
      expect(readings[2]!.crisis.crisis).toBe(true);
    } finally {
      r.onApplicationShutdown();
    }
  });

  it('should answer texts the thread held when it died, on the calling thread, and go on without it', async () => {
    const r = reader(true);
    await threadUp(r);
    const held = TEXTS.map((t) => r.read(t));
    r.onApplicationShutdown(); // the thread goes away with texts in flight
    expect(await Promise.all(held)).toEqual(TEXTS.map(readText));
    expect(r.threaded).toBe(false);
    expect(await r.read(TEXTS[0]!)).toEqual(readText(TEXTS[0]!));
  });

  it('should read on the calling thread when switched off', async () => {
    const r = reader(false);
    expect(r.threaded).toBe(false);
    expect(await r.read(TEXTS[2]!)).toEqual(readText(TEXTS[2]!));
  });
});
