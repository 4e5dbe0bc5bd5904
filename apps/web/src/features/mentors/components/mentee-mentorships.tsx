import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import type { MentorshipView } from '@spiegel/domain';
import { useMentorships } from '../api/get-mentorships';
import { type Asking, MentorshipConfirm } from './mentor-mentorships';

const SHOWN: readonly MentorshipView['status'][] = ['requested', 'active', 'declined'];

/** The seeker's side: who they asked, who is their mentor, and a kind word when someone had no room. */
export function MenteeMentorships({
  roomHref,
  onNotice,
}: {
  roomHref: (roomId: string) => string;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const mentorships = useMentorships();
  const [asking, setAsking] = useState<Asking | null>(null);
  const mine = (mentorships.data ?? []).filter((m) => m.role === 'mentee' && SHOWN.includes(m.status));
  if (mine.length === 0) return null;
  return (
    <section className="card card--highlight" aria-labelledby="mentee-heading">
      <h2 id="mentee-heading">{t('findMentor.mineHeading')}</h2>
      <ul className="plain-list mentorships">
        {mine.map((m) => {
          const name = m.other.displayName;
          return (
            <li key={m.id} className="mentorship mentorship--row">
              <span className="person mentorship__who">
                <Avatar color={m.other.avatarColor} name={name} size="large" />
                <span>
                  {m.status === 'requested'
                    ? t('findMentor.requested', { name })
                    : m.status === 'active'
                      ? t('findMentor.active', { name })
                      : t('findMentor.declinedText', { name })}
                </span>
              </span>
              {m.status !== 'declined' && (
                <div className="button-row">
                  {m.status === 'active' && m.roomId && (
                    <Link to={roomHref(m.roomId)} className="button button--secondary">
                      {t('mentor.toConversation')}
                    </Link>
                  )}
                  <Button variant="quiet" onClick={() => setAsking({ mentorship: m, answer: 'end' })}>
                    {m.status === 'requested' ? t('mentor.withdraw') : t('mentor.end')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {asking && <MentorshipConfirm asking={asking} onClose={() => setAsking(null)} onNotice={onNotice} />}
    </section>
  );
}
