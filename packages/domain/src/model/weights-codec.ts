import { type LinearModel } from './logistic-regression.js';

/**
 * Compact, deterministic storage of a linear model: every weight rounded to one signed byte (−127..127)
 * times a per-model scale, the bytes in base64. Rounding changes a score by far less than the margins
 * the thresholds are chosen with, and thresholds are calibrated on the decoded model, so what ships is
 * exactly what was measured.
 */
export interface EncodedModel {
  readonly outputs: number;
  readonly inputs: number;
  /** weight = byte × scale. */
  readonly scale: number;
  readonly bias: readonly number[];
  /** base64 of inputs × outputs signed bytes. */
  readonly weights: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let j = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      ((LOOKUP.get(clean[i] ?? 'A') ?? 0) << 18) |
      ((LOOKUP.get(clean[i + 1] ?? 'A') ?? 0) << 12) |
      ((LOOKUP.get(clean[i + 2] ?? 'A') ?? 0) << 6) |
      (LOOKUP.get(clean[i + 3] ?? 'A') ?? 0);
    if (j < bytes.length) bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  return bytes;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function encodeModel(model: LinearModel): EncodedModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = round(max > 0 ? max / 127 : 1, 6);
  const bytes = new Uint8Array(model.weights.length);
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round((model.weights[i] as number) / scale)));
    bytes[i] = q & 255;
  }
  return {
    outputs: model.outputs,
    inputs: model.inputs,
    scale,
    bias: model.bias.map((b) => round(b, 4)),
    weights: encodeBase64(bytes),
  };
}

export function decodeModel(encoded: EncodedModel): LinearModel {
  const bytes = decodeBase64(encoded.weights);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    weights[i] = (b > 127 ? b - 256 : b) * encoded.scale;
  }
  return { outputs: encoded.outputs, inputs: encoded.inputs, weights, bias: encoded.bias };
}
