import { type ContributionView, type ReactionKind, SUPPORT_REACTIONS } from '@spiegel/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSetReaction } from '../api/set-reaction';

/**
 * "Ik herken dit" first and largest: recognition is what the model turns on. The supportive
 * reactions that others gave are shown beside it; the full small set opens on request, to keep
 * each message calm and the number of Tab stops low.
 */
export function ReactionBar({
  contribution,
  own,
  care = false,
}: {
  contribution: ContributionView;
  own: boolean;
  /**
   * The message was flagged as crisis and the viewer is a peer: "Laat weten dat je er bent" (a steun
   * reaction) takes the place of "Ik herken dit", with a note that a facilitator is informed.
   */
  care?: boolean;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useSetReaction(contribution);
  const [picking, setPicking] = useState(false);
  const pickerId = useId();
  const author = contribution.author.displayName;
  const find = (kind: ReactionKind) => contribution.reactions.find((r) => r.kind === kind);
  const herkenning = find('herkenning');
  const given = SUPPORT_REACTIONS.filter(
    (kind) => (find(kind)?.count ?? 0) > 0 && !(care && kind === 'steun'),
  );
  const beThere = find('steun');

  const toggle = (kind: ReactionKind) => {
    const on = !find(kind)?.mine;
    mutation.mutate({ contributionId: contribution.id, kind, on });
  };

  return (
    <div className="reactions" role="group" aria-label={t('rooms.reactions.groupLabel', { name: author })}>
      {care ? (
        <>
          <button
            type="button"
            className="reaction reaction--herkenning"
            aria-pressed={beThere?.mine ?? false}
            onClick={() => toggle('steun')}
          >
            <span>{beThere?.mine ? t('care.beThereGiven') : t('care.beThere')}</span>
            {(beThere?.count ?? 0) > 0 && <span className="reaction__count">{beThere?.count}</span>}
          </button>
          <p className="reactions__care">{t('care.informed')}</p>
        </>
      ) : own ? (
        (herkenning?.count ?? 0) > 0 && (
          <p className="reactions__recognised">
            {t('rooms.reactions.recognisedBy', { count: herkenning?.count ?? 0 })}
          </p>
        )
      ) : (
        <button
          type="button"
          className="reaction reaction--herkenning"
          aria-pressed={herkenning?.mine ?? false}
          onClick={() => toggle('herkenning')}
        >
          <span>{t('rooms.reactions.herkenning')}</span>
          {(herkenning?.count ?? 0) > 0 && <span className="reaction__count">{herkenning?.count}</span>}
        </button>
      )}
      {given.map((kind) => {
        const r = find(kind);
        return (
          <button
            key={kind}
            type="button"
            className="reaction"
            aria-pressed={r?.mine ?? false}
            onClick={() => toggle(kind)}
          >
            <span>{t(`rooms.reactions.${kind}`)}</span>
            <span className="reaction__count">{r?.count}</span>
          </button>
        );
      })}
      <button
        type="button"
        className="reaction reaction--more"
        aria-expanded={picking}
        aria-controls={pickerId}
        onClick={() => setPicking((p) => !p)}
      >
        {t('rooms.reactions.more')}
      </button>
      {/* Its buttons are made when it opens: a room draws dozens of messages at once. */}
      <div id={pickerId} className="reactions__picker" hidden={!picking}>
        {picking &&
          SUPPORT_REACTIONS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="reaction"
              aria-pressed={find(kind)?.mine ?? false}
              onClick={() => {
                toggle(kind);
                setPicking(false);
              }}
            >
              {t(`rooms.reactions.${kind}`)}
            </button>
          ))}
      </div>
      {mutation.isError && (
        <p className="reactions__error" role="alert">
          {errorMessage(mutation.error)}
        </p>
      )}
    </div>
  );
}
