import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSocketEvent } from '../../../lib/socket';

/** A typing signal lasts this long unless it is renewed (the composer renews it every 3 s). */
const TYPING_TTL_MS = 6_000;
/** Screen readers hear about typing at most this often: it should not talk over the conversation. */
const ANNOUNCE_EVERY_MS = 15_000;

type Typists = ReadonlyMap<string, { name: string; until: number }>;

/** "Sanne typt…": shown at once, announced politely and sparingly. */
export function TypingIndicator({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [typists, setTypists] = useState<Typists>(new Map());
  const [announced, setAnnounced] = useState('');
  const lastAnnounce = useRef(0);

  const describe = (map: Typists): string => {
    const names = [...map.values()].map((v) => v.name).sort((a, b) => a.localeCompare(b));
    if (names.length === 0) return '';
    if (names.length === 1) return t('rooms.typing.one', { name: names[0] ?? '' });
    if (names.length === 2) return t('rooms.typing.two', { first: names[0] ?? '', second: names[1] ?? '' });
    return t('rooms.typing.many');
  };

  const change = (next: Typists, started: boolean) => {
    setTypists(next);
    const now = Date.now();
    if (next.size === 0) setAnnounced('');
    else if (started && now - lastAnnounce.current > ANNOUNCE_EVERY_MS) {
      lastAnnounce.current = now;
      setAnnounced(describe(next));
    }
  };

  useSocketEvent('typing', (p) => {
    if (p.roomId !== roomId) return;
    const next = new Map(typists);
    if (p.typing)
      next.set(p.member.membershipId, { name: p.member.displayName, until: Date.now() + TYPING_TTL_MS });
    else next.delete(p.member.membershipId);
    change(next, p.typing && !typists.has(p.member.membershipId));
  });

  useSocketEvent('contribution:new', (c) => {
    if (c.roomId !== roomId || !typists.has(c.author.membershipId)) return;
    const next = new Map(typists);
    next.delete(c.author.membershipId);
    change(next, false);
  });

  useEffect(() => {
    if (typists.size === 0) return;
    const timer = setInterval(() => {
      const now = Date.now();
      const next = new Map([...typists].filter(([, v]) => v.until > now));
      if (next.size !== typists.size) {
        setTypists(next);
        if (next.size === 0) setAnnounced('');
      }
    }, 1_000);
    return () => clearInterval(timer);
  }, [typists]);

  return (
    <>
      <p className="typing" aria-hidden="true">
        {describe(typists)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
