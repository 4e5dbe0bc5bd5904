import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { TextBody } from '../../../components/ui/text-body';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { MentorshipView } from '@spiegel/domain';
import { type MentorshipAnswer, useAnswerMentorship } from '../api/answer-mentorship';
import { useMentorships } from '../api/get-mentorships';
import { MentorCheckinDialog } from './mentor-checkin-dialog';

export interface MentorshipLinks {
  roomHref: (roomId: string) => string;
  onOpenConversation: (roomId: string) => void;
  onNotice: (text: string) => void;
}

export type Asking = { mentorship: MentorshipView; answer: Exclude<MentorshipAnswer, 'accept'> };

/** A question before declining, ending or withdrawing: the other person hears about it (kindly). */
export function MentorshipConfirm({
  asking,
  onClose,
  onNotice,
}: {
  asking: Asking;
  onClose: () => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const answer = useAnswerMentorship();
  const texts = (() => {
    const { mentorship, answer: kind } = asking;
    const name = mentorship.other.displayName;
    if (kind === 'decline')
      return {
        title: t('mentor.declineConfirmTitle', { name }),
        text: t('mentor.declineConfirmText', { name }),
        confirm: t('mentor.declineConfirm'),
        done: t('mentor.declined', { name }),
      };
    if (mentorship.status === 'requested')
      return {
        title: t('mentor.withdrawConfirmTitle', { name }),
        text: t('mentor.withdrawConfirmText', { name }),
        confirm: t('mentor.withdrawConfirm'),
        done: t('mentor.withdrawn', { name }),
      };
    return {
      title: t('mentor.endConfirmTitle', { name }),
      text:
        mentorship.role === 'mentor'
          ? t('mentor.endConfirmText', { name })
          : t('mentor.endConfirmTextMentee', { name }),
      confirm: t('mentor.endConfirm'),
      done: t('mentor.ended', { name }),
    };
  })();
  return (
    <ConfirmDialog
      title={texts.title}
      confirmLabel={texts.confirm}
      busy={answer.isPending}
      error={answer.isError ? errorMessage(answer.error) : undefined}
      onCancel={onClose}
      onConfirm={() =>
        answer.mutate(
          { id: asking.mentorship.id, answer: asking.answer },
          {
            onSuccess: () => {
              onClose();
              onNotice(texts.done);
            },
          },
        )
      }
    >
      <p>{texts.text}</p>
    </ConfirmDialog>
  );
}

/** The mentor's side: new requests (accept opens a 1:1 conversation) and the people they support. */
export function MentorMentorships({ roomHref, onOpenConversation, onNotice }: MentorshipLinks) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mentorships = useMentorships();
  const accept = useAnswerMentorship();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [checkingIn, setCheckingIn] = useState<MentorshipView | null>(null);
  const ask = (mentorship: MentorshipView, answer: Asking['answer']) => setAsking({ mentorship, answer });

  if (mentorships.isPending) return <Loading />;
  if (mentorships.isError) return <ErrorAlert>{errorMessage(mentorships.error)}</ErrorAlert>;
  const mine = mentorships.data.filter((m) => m.role === 'mentor');
  const requests = mine.filter((m) => m.status === 'requested');
  const mentees = mine.filter((m) => m.status === 'active');

  return (
    <>
      <section className="card" aria-labelledby="mentor-requests-heading">
        <h2 id="mentor-requests-heading">{t('mentor.requestsHeading')}</h2>
        {accept.isError && <ErrorAlert>{errorMessage(accept.error)}</ErrorAlert>}
        {requests.length === 0 ? (
          <p className="muted">{t('mentor.requestsEmpty')}</p>
        ) : (
          <ul className="plain-list mentorships">
            {requests.map((m) => (
              <li key={m.id} className="mentorship">
                <h3 className="mentorship__who person">
                  <Avatar color={m.other.avatarColor} name={m.other.displayName} size="large" />
                  {t('mentor.requestFrom', { name: m.other.displayName })}
                </h3>
                <p className="muted">
                  <time dateTime={m.createdAt}>{formatDate(m.createdAt)}</time>
                </p>
                {m.requestMessage && (
                  <blockquote className="mentorship__message">
                    <p className="visually-hidden">
                      {t('mentor.requestMessage', { name: m.other.displayName })}
                    </p>
                    <TextBody text={m.requestMessage} />
                  </blockquote>
                )}
                <div className="button-row">
                  <Button
                    disabled={accept.isPending}
                    onClick={() =>
                      accept.mutate(
                        { id: m.id, answer: 'accept' },
                        { onSuccess: (accepted) => accepted.roomId && onOpenConversation(accepted.roomId) },
                      )
                    }
                  >
                    {t('mentor.accept')}
                    <span className="visually-hidden">
                      {t('mentor.forName', { name: m.other.displayName })}
                    </span>
                  </Button>
                  <Button variant="secondary" disabled={accept.isPending} onClick={() => ask(m, 'decline')}>
                    {t('mentor.decline')}
                    <span className="visually-hidden">
                      {t('mentor.forName', { name: m.other.displayName })}
                    </span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="mentor-mentees-heading">
        <h2 id="mentor-mentees-heading">{t('mentor.menteesHeading')}</h2>
        {mentees.length === 0 ? (
          <p className="muted">{t('mentor.menteesEmpty')}</p>
        ) : (
          <ul className="plain-list mentorships">
            {mentees.map((m) => (
              <li key={m.id} className="mentorship mentorship--row">
                <span className="person mentorship__who">
                  <Avatar color={m.other.avatarColor} name={m.other.displayName} size="large" />
                  {m.other.displayName}
                </span>
                <div className="button-row">
                  {m.roomId && (
                    <Link to={roomHref(m.roomId)} className="button button--secondary">
                      {t('mentor.toConversation')}
                      <span className="visually-hidden">
                        {t('mentor.forName', { name: m.other.displayName })}
                      </span>
                    </Link>
                  )}
                  {m.canCheckIn && (
                    <Button variant="secondary" onClick={() => setCheckingIn(m)}>
                      {t('checkin.mentorButton')}
                      <span className="visually-hidden">
                        {t('mentor.forName', { name: m.other.displayName })}
                      </span>
                    </Button>
                  )}
                  <Button variant="quiet" onClick={() => ask(m, 'end')}>
                    {t('mentor.end')}
                    <span className="visually-hidden">
                      {t('mentor.forName', { name: m.other.displayName })}
                    </span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {asking && <MentorshipConfirm asking={asking} onClose={() => setAsking(null)} onNotice={onNotice} />}
      {checkingIn && (
        <MentorCheckinDialog
          mentorshipId={checkingIn.id}
          name={checkingIn.other.displayName}
          onCancel={() => setCheckingIn(null)}
          onDone={(text) => {
            setCheckingIn(null);
            onNotice(text);
          }}
        />
      )}
    </>
  );
}
