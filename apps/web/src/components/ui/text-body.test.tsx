import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import * as linkify from 'linkifyjs';
import { renderWithProviders } from '../../testing/render';
import { mayHoldLink, TextBody } from './text-body';

/** A small seeded generator, so a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Pieces of messages and of addresses, with the characters linkify splits on.
const PIECES = [
  'ik',
  'herken',
  'dit',
  'nl',
  'com',
  'www',
  'http',
  'https',
  'mailto',
  'tel',
  'localhost',
  'LocalHost',
  '113',
  '0800',
  '19',
  '30',
  'hulp',
  'xn--bcher-kva',
  'bücher',
  'مرحبا',
  '😊',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '.',
  '.',
  ':',
  '@',
  '/',
  '//',
  '-',
  '_',
  '+',
  '?',
  '=',
  '#',
  '%',
  ',',
  '!',
  '(',
  ')',
  "'",
  '"',
  '\u3002',
  '\uff0e',
  '\uff61',
  '\uff20',
  '\uff1a',
  '\u00a0',
  '…',
];

describe('TextBody', () => {
  it('should make web addresses links that open safely in a new tab, 113.nl included', () => {
    renderWithProviders(
      <TextBody text={'Bel of chat via 113.nl, of kijk op https://www.mind.nl/hulp?x=1.'} />,
    );
    const link = screen.getByRole('link', { name: /^113\.nl/ });
    expect(link).toHaveAttribute('href', 'https://113.nl');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAccessibleName('113.nl (opent in een nieuw tabblad)');
    expect(screen.getByRole('link', { name: /mind\.nl/ })).toHaveAttribute(
      'href',
      'https://www.mind.nl/hulp?x=1',
    );
  });

  it('should link e-mail addresses with mailto', () => {
    renderWithProviders(<TextBody text="Mail gerust naar hulp@debrug.nl" />);
    expect(screen.getByRole('link', { name: /hulp@debrug\.nl/ })).toHaveAttribute(
      'href',
      'mailto:hulp@debrug.nl',
    );
  });

  it.each([
    ['javascript:', 'klik javascript:alert(1) maar'],
    ['javascript: with slashes', 'javascript://example.com/%0Aalert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
  ])('should not make a %s address a link to it', (_case, text) => {
    const { container } = renderWithProviders(<TextBody text={text} />);
    // At most the harmless https part of it may be linked; never the script scheme.
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(container.querySelector('.text-body')).toHaveTextContent(text);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.com/x'],
  ])('should not link a %s address at all (only http, https, mailto and tel)', (_case, text) => {
    const { container } = renderWithProviders(<TextBody text={text} />);
    expect(container.querySelector('a')).toBeNull();
  });

  it('should never render HTML from the text', () => {
    const { container } = renderWithProviders(
      <TextBody text={'<img src=x onerror=alert(1)> <b>vet</b> 113.nl'} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('.text-body')).toHaveTextContent(
      '<img src=x onerror=alert(1)> <b>vet</b>',
    );
  });

  it('should let each paragraph find its own direction, so Arabic runs right to left', () => {
    const { container } = renderWithProviders(<TextBody text={'مرحبا بالجميع\n\nHallo allemaal'} />);
    const paragraphs = [...container.querySelectorAll('.text-body p')];
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) expect(p).toHaveAttribute('dir', 'auto');
  });

  it('should leave text alone only where linkify itself finds no address (generated texts)', () => {
    const next = random(15);
    let plain = 0;
    for (let i = 0; i < 4000; i++) {
      const parts = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      );
      const text = parts.join('');
      if (mayHoldLink(text)) continue;
      plain += 1;
      expect({ text, links: linkify.find(text, { defaultProtocol: 'https' }) }).toEqual({ text, links: [] });
    }
    // The check must have looked at a good share of texts without a candidate.
    expect(plain).toBeGreaterThan(500);
  });

  it.each([
    'kijk op 113.nl',
    'https://www.mind.nl',
    'mail hulp@debrug.nl',
    'bel tel:0800-0113',
    'http://localhost:3000',
    'localhost',
    '113\uff0enl',
  ])('should hand "%s" to linkify', (text) => {
    expect(mayHoldLink(text)).toBe(true);
  });

  it('should draw a message without any address as the same text, with no link', () => {
    const { container } = renderWithProviders(<TextBody text={'Ik herken dit. Echt!\n\nTot donderdag'} />);
    expect(container.querySelector('a')).toBeNull();
    expect([...container.querySelectorAll('.text-body p')].map((p) => p.textContent)).toEqual([
      'Ik herken dit. Echt!',
      'Tot donderdag',
    ]);
  });

  it('should make one item of each line when asked for a list (agreements), links and directions kept', () => {
    renderWithProviders(
      <TextBody
        lines="list"
        text={
          'Wat hier gedeeld wordt, blijft in de groep.\r\n- Eerst luisteren\n\n• Hulp nodig? 113.nl\nمرحبا بالجميع'
        }
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Wat hier gedeeld wordt, blijft in de groep.',
      'Eerst luisteren',
      'Hulp nodig? 113.nl (opent in een nieuw tabblad)',
      'مرحبا بالجميع',
    ]);
    expect(items.every((li) => li.getAttribute('dir') === 'auto')).toBe(true);
    expect(screen.getByRole('link', { name: /^113\.nl/ }).getAttribute('href')).toBe('https://113.nl');
  });

  it('should keep a single line a paragraph, also when asked for a list', () => {
    const { container } = renderWithProviders(<TextBody lines="list" text={'  Wees lief voor elkaar.  '} />);
    expect(container.querySelector('ul')).toBeNull();
    expect(container.querySelector('.text-body p')?.textContent).toBe('  Wees lief voor elkaar.  ');
  });
});
