/** Folds case, accents and spacing so "Zee Vogel" and "zeevógel " count as the same pseudonym. */
export function displayNameKey(displayName: string): string {
  return displayName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

export function normaliseDisplayName(displayName: string): string {
  return displayName.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Calm colours with white text at WCAG AA contrast (≥ 4.5:1). */
export const AVATAR_COLORS = [
  '#2f6f73',
  '#5b4e8c',
  '#8a4b2a',
  '#3b6b35',
  '#7a3e64',
  '#35587f',
  '#6b5a1f',
  '#7d3b3b',
];

export function avatarColorFor(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length] ?? AVATAR_COLORS[0]!;
}
