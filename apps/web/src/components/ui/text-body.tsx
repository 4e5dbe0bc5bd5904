import Linkify from 'linkify-react';
import type { Opts } from 'linkifyjs';
import { useTranslation } from 'react-i18next';

/** Only these become links; `javascript:`, `data:` and the like stay plain text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Whether linkify could find an address in a text. Every address it knows has a dot, colon or at
 * sign with more after it (113.nl, https://…, naam@…, tel:…) or is "localhost"; text without one is
 * drawn as it is. Linkify builds its scanner on first use and reads every paragraph character by
 * character: a phone spent a tenth of a second on that while a room opened, mostly on messages
 * without any address. (Tested against linkify itself on generated texts.)
 */
export function mayHoldLink(text: string): boolean {
  return /[.:@\u3002\uff0e\uff61\uff20\uff1a]\S|localhost/i.test(text);
}

export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Someone's own words, as plain text: never HTML. A blank line starts a new paragraph; single line
 * breaks stay (CSS `white-space: pre-wrap`). Web addresses and e-mail addresses become links (React
 * elements from linkify's tokens, never an HTML string), opening in a new tab without telling the
 * other site where they came from. `dir="auto"` lets Arabic or Hebrew text run right to left.
 * `lines="list"`: text written one item a line (a group's agreements) becomes a list, one item per line
 * (a leading "-", "*" or "•" dropped), so a wrapped line on a phone still reads as one item.
 */
export function TextBody({ text, className, lines }: { text: string; className?: string; lines?: 'list' }) {
  const { t } = useTranslation();
  const options: Opts = {
    defaultProtocol: 'https',
    target: '_blank',
    rel: 'noopener noreferrer nofollow',
    validate: (_value, _type, token) => isSafeHref(token.toHref('https')),
    render: ({ attributes, content }) => {
      const { href, ...rest } = attributes as { href: string; [attr: string]: unknown };
      return (
        <a href={href} {...rest}>
          {content}
          <span className="visually-hidden"> {t('app.opensInNewTab')}</span>
        </a>
      );
    },
  };
  const words = (p: string) => (mayHoldLink(p) ? <Linkify options={options}>{p}</Linkify> : p);
  const classes = ['text-body', className].filter(Boolean).join(' ');
  const normalised = text.replace(/\r\n?/g, '\n');
  const items =
    lines === 'list'
      ? normalised
          .split('\n')
          .map((l) => l.replace(/^\s*(?:[-*\u2022\u2013]\s+)?/, '').trim())
          .filter((l) => l !== '')
      : [];
  if (items.length > 1)
    return (
      <div className={classes}>
        <ul className="text-body__list">
          {items.map((item, i) => (
            <li key={i} dir="auto">
              {words(item)}
            </li>
          ))}
        </ul>
      </div>
    );
  const paragraphs = normalised
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return (
    <div className={classes}>
      {paragraphs.map((p, i) => (
        <p key={i} dir="auto">
          {words(p)}
        </p>
      ))}
    </div>
  );
}
