import { CASE_OUTCOMES, type CaseOutcome, type CrisisCaseView } from '@spiegel/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCaseStep, useContactAuthor } from '../api/case-steps';
import { useCases } from '../api/get-cases';

export interface CaseLinks {
  contributionHref: (roomId: string, contributionId: string) => string;
  roomHref: (roomId: string) => string;
}

/** One case: who, where, which state, and the next step for whoever looks. Never the message text. */
function CaseCard({
  item,
  myMembershipId,
  links,
  onOpenRoom,
}: {
  item: CrisisCaseView;
  myMembershipId: string;
  links: CaseLinks;
  onOpenRoom: (roomId: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const step = useCaseStep();
  const contact = useContactAuthor();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [note, setNote] = useState('');
  const headingId = useId();
  const outcomeId = useId();
  const mine = item.owner?.membershipId === myMembershipId;
  const busy = step.isPending || contact.isPending;
  const error = step.error ?? contact.error;

  const stateText =
    item.state === 'open'
      ? t('cases.state.open')
      : t(`cases.state.${item.state}`, { name: mine ? t('cases.you') : (item.owner?.displayName ?? '') });

  const close = (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return;
    step.mutate({ id: item.id, step: 'close', outcome, note }, { onSuccess: () => setClosing(false) });
  };

  return (
    <li className={`case-card case-card--${item.state} card`} aria-labelledby={headingId}>
      <h3 id={headingId} className="case-card__heading">
        <span className={`case-card__severity case-card__severity--${item.severity}`}>
          {t(`cases.severity.${item.severity}`)}
        </span>{' '}
        {t('cases.by', { name: item.author.displayName })}
      </h3>
      <p className="case-card__meta">
        {item.roomName ? t('cases.where', { room: item.roomName }) : t('cases.whereDirect')}
        {' · '}
        <time dateTime={item.raisedAt}>{t('cases.raised', { time: formatDate(item.raisedAt, true) })}</time>
      </p>
      <p className="case-card__state">
        <strong>{stateText}</strong>
        {item.escalatedAt && item.state !== 'afgerond' && <> · {t('cases.escalated')}</>}
      </p>
      {item.state === 'afgerond' && item.outcome && (
        <p>{t('cases.outcomeShown', { outcome: t(`cases.outcome.${item.outcome}`) })}</p>
      )}
      {item.note && <p className="case-card__note">{item.note}</p>}
      {item.roomName && (
        <p>
          <Link to={links.contributionHref(item.roomId, item.contributionId)}>{t('cases.toMessage')}</Link>
        </p>
      )}
      {error && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      {item.state !== 'afgerond' && !closing && (
        <div className="case-card__actions">
          {item.state === 'open' && (
            <Button disabled={busy} onClick={() => step.mutate({ id: item.id, step: 'pick-up' })}>
              {t('cases.pickUp')}
            </Button>
          )}
          {(item.state === 'open' || mine) && (
            <Button
              variant={item.state === 'open' ? 'secondary' : 'primary'}
              disabled={busy}
              onClick={() => contact.mutate(item.id, { onSuccess: (r) => onOpenRoom(r.roomId) })}
            >
              {t('cases.contact')}
            </Button>
          )}
          {mine && (
            <>
              <Button variant="secondary" disabled={busy} onClick={() => setClosing(true)}>
                {t('cases.close')}
              </Button>
              <Button
                variant="quiet"
                disabled={busy}
                onClick={() => step.mutate({ id: item.id, step: 'release' })}
              >
                {t('cases.release')}
              </Button>
            </>
          )}
        </div>
      )}
      {closing && (
        <form className="case-card__close" onSubmit={close} aria-label={t('cases.closeHeading')}>
          <fieldset>
            <legend id={outcomeId}>{t('cases.outcomeLegend')}</legend>
            {CASE_OUTCOMES.map((o) => (
              <label key={o} className="case-card__outcome">
                <input
                  type="radio"
                  name={`outcome-${item.id}`}
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                  required
                />{' '}
                {t(`cases.outcome.${o}`)}
              </label>
            ))}
          </fieldset>
          <TextAreaField
            label={t('cases.note')}
            hint={t('cases.noteHint')}
            optional
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="case-card__actions">
            <Button type="submit" disabled={busy || !outcome}>
              {t('cases.confirmClose')}
            </Button>
            <Button variant="quiet" onClick={() => setClosing(false)}>
              {t('cases.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

/** The crisis cases the caller may see: those still open first, then (on request) the closed ones. */
export function CaseList({
  state,
  myMembershipId,
  links,
  onOpenRoom,
}: {
  state: 'active' | 'closed';
  myMembershipId: string;
  links: CaseLinks;
  onOpenRoom: (roomId: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cases = useCases(state);
  if (cases.isPending) return <Loading label={t('cases.loading')} />;
  if (cases.isError) return <ErrorAlert>{errorMessage(cases.error)}</ErrorAlert>;
  if (cases.data.length === 0)
    return <p className="muted">{state === 'active' ? t('cases.none') : t('cases.noneClosed')}</p>;
  return (
    <ul className="case-list">
      {cases.data.map((item) => (
        <CaseCard
          key={item.id}
          item={item}
          myMembershipId={myMembershipId}
          links={links}
          onOpenRoom={onOpenRoom}
        />
      ))}
    </ul>
  );
}
