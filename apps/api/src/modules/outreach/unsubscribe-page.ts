import type { OutreachKind } from '@spiegel/domain';

const KIND_NL: Record<OutreachKind | 'digest', string> = {
  digest: 'alles wat je samen in één mail kreeg',
  herkenning: 'herkenning en reacties op je verhalen',
  mentor: 'mentorcontact',
  checkin: 'berichtjes na afloop',
  trajecten: 'trajecten en bijeenkomsten',
  crisis: 'crisismeldingen',
  community: 'nieuws uit je groepen',
};

/** A tiny page without scripts, for the unsubscribe link in a mail's footer. */
export function unsubscribePage(kind: OutreachKind | 'digest' | null, token: string, done: boolean): string {
  const body = !kind
    ? '<h1>Deze link werkt niet (meer)</h1><p>Je kunt je keuzes altijd aanpassen onder Mijn account in Spiegel.</p>'
    : done
      ? `<h1>Je bent afgemeld</h1><p>Je krijgt geen mails meer over ${KIND_NL[kind]}. In de app zie je ze nog wel. Je kunt dit altijd terugdraaien onder Mijn account.</p>`
      : `<h1>Geen mails meer over ${KIND_NL[kind]}?</h1><form method="post" action="/api/outreach/unsubscribe?t=${encodeURIComponent(token)}"><button type="submit" style="font-size:17px;padding:12px 20px">Ja, meld me af</button></form><p>Andere mails en de meldingen in de app blijven zoals ze zijn.</p>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Spiegel — e-mail</title></head><body style="font-family:system-ui,sans-serif;max-width:560px;margin:0 auto;padding:24px;line-height:1.5"><main>${body}<p><a href="/account">Naar Mijn account</a></p></main></body></html>`;
}
