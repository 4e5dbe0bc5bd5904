import type { ContributionView } from '@spiegel/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SNIPPET_CHARS = 140;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}…` : flat;
}

/**
 * What a screen reader should hear when others write: "Nieuw bericht van Sanne: …". Only for
 * contributions newer than everything seen before (live or after a reconnect), never for history
 * that is loaded, and never for one's own.
 */
export function useLiveAnnouncement(
  items: readonly ContributionView[],
  myMembershipId: string,
  mutedIds: ReadonlySet<string>,
) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const seen = useRef<number | null>(null);

  useEffect(() => {
    const maxSeq = items.reduce((m, c) => Math.max(m, c.seq), 0);
    const before = seen.current;
    seen.current = Math.max(before ?? 0, maxSeq);
    if (before === null) return;
    const fresh = items.filter(
      (c) =>
        c.seq > before &&
        c.author.membershipId !== myMembershipId &&
        !c.deleted &&
        !mutedIds.has(c.author.membershipId),
    );
    const last = fresh.at(-1);
    if (!last) return;
    const name = last.author.displayName;
    const one =
      last.body === null
        ? t('rooms.live.hidden', { name })
        : last.kind === 'story'
          ? t('rooms.live.story', { name, title: last.title ?? '' })
          : last.replyToId
            ? t('rooms.live.reply', { name, text: snippet(last.body) })
            : t('rooms.live.message', { name, text: snippet(last.body) });
    setText(fresh.length === 1 ? one : `${t('rooms.live.several', { count: fresh.length })} ${one}`);
  }, [items, myMembershipId, mutedIds, t]);

  return text;
}
