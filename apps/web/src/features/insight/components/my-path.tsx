import { type MyPathView, PHASES } from '@spiegel/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useMyPath } from '../api/get-my-path';
import { useSetSelfPlacement } from '../api/set-self-placement';
import { lang } from '../lib/format';
import { SelfPlacementPicker } from './self-placement-picker';
import '../insight.css';

/**
 * "Mijn pad": where I place myself, beside what my own messages and recognitions suggest — told as
 * steps taken, never as a verdict, and never shown to other participants.
 */
export function MyPath({ extra }: { extra?: ReactNode } = {}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const path = useMyPath();
  const save = useSetSelfPlacement();
  const [saved, setSaved] = useState(false);

  return (
    <Page
      title={t('insight.myPath.title')}
      heading={t('insight.myPath.heading')}
      intro={<p className="lead">{t('insight.myPath.intro')}</p>}
    >
      {path.isPending && <Loading />}
      {path.isError && (
        <>
          <ErrorAlert>{errorMessage(path.error)}</ErrorAlert>
          <Button variant="secondary" onClick={() => void path.refetch()}>
            {t('app.retry')}
          </Button>
        </>
      )}
      {path.data && (
        <>
          <section className="card" aria-labelledby="mijn-plek">
            <h2 id="mijn-plek">{t('insight.myPath.placeHeading')}</h2>
            {path.data.selfPlacement && (
              <p>
                {t('insight.myPath.current', {
                  phase: PHASES[path.data.selfPlacement.phase].label[lang()],
                  date: formatDate(path.data.selfPlacement.at),
                })}
              </p>
            )}
            {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
            {saved && !save.isPending && <Notice>{t('insight.myPath.saved')}</Notice>}
            <SelfPlacementPicker
              key={path.data.selfPlacement?.at ?? 'none'}
              current={path.data.selfPlacement?.phase ?? null}
              pending={save.isPending}
              onSave={(phase) => {
                setSaved(false);
                save.mutate(phase, { onSuccess: () => setSaved(true) });
              }}
            />
          </section>
          <DataSide view={path.data} />
          <p className="muted">{t('insight.myPath.privacy')}</p>
        </>
      )}
      {extra}
    </Page>
  );
}

function DataSide({ view }: { view: MyPathView }) {
  const { t } = useTranslation();
  const { data, selfPlacement } = view;
  const differs = selfPlacement && data.currentPhase && selfPlacement.phase !== data.currentPhase;
  return (
    <section className="card" aria-labelledby="wat-berichten-laten-zien">
      <h2 id="wat-berichten-laten-zien">{t('insight.myPath.dataHeading')}</h2>
      {data.contributions === 0 && data.recognitionsGiven === 0 ? (
        <p>{t('insight.myPath.noDataYet')}</p>
      ) : (
        <>
          <ul className="my-path__facts">
            <li>{t('insight.myPath.contributions', { count: data.contributions })}</li>
            <li>{t('insight.myPath.given', { count: data.recognitionsGiven })}</li>
            <li>{t('insight.myPath.received', { count: data.recognitionsReceived })}</li>
          </ul>
          {data.kantelpunt && <p>{t('insight.myPath.kantelpunt', { date: formatDate(data.kantelpunt) })}</p>}
          {data.currentPhase && (
            <p>
              {t('insight.myPath.dataPhase', {
                phase: PHASES[data.currentPhase].label[lang()],
                date: data.currentPhaseSince ? formatDate(data.currentPhaseSince) : '',
                signals: data.currentPhaseSignals,
              })}
            </p>
          )}
          {differs && <p>{t('insight.myPath.differs')}</p>}
          {data.phasesReached.length > 0 && (
            <>
              <h3>{t('insight.myPath.stepsHeading')}</h3>
              <p className="muted">{t('insight.myPath.stepsIntro')}</p>
              <ol className="my-path__steps">
                {data.phasesReached.map((r) => (
                  <li key={r.phase}>
                    {t(r.by === 'facilitator' ? 'insight.myPath.stepConfirmed' : 'insight.myPath.step', {
                      phase: PHASES[r.phase].label[lang()],
                      date: formatDate(r.reachedAt),
                    })}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      {view.history.length > 1 && (
        <>
          <h3>{t('insight.myPath.historyHeading')}</h3>
          <ul className="my-path__history">
            {view.history.map((h) => (
              <li key={h.at + h.phase}>
                {formatDate(h.at)}: {PHASES[h.phase].label[lang()]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
