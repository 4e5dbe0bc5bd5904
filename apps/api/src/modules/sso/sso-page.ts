const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small page without scripts for a refused log-in through the organisation (the browser arrived from the provider). */
export function ssoRefusalPage(message: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Spiegel — inloggen niet gelukt</title></head><body style="font-family:system-ui,sans-serif;max-width:560px;margin:0 auto;padding:24px;line-height:1.5;color:#1f2933"><main><h1 style="font-size:1.5rem">Inloggen via je organisatie is niet gelukt</h1><p>${escapeHtml(message)}</p><p><a href="/inloggen">Terug naar inloggen</a></p></main></body></html>`;
}
