import {
  CODING_SAMPLE_MAX,
  CODING_SAMPLE_MIN,
  type CodingDisagreement,
  type KappaResult,
  type ProportionWithCi,
  type MembershipRole,
} from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { TableWrap } from '../../../components/ui/table-wrap';
import { TextBody } from '../../../components/ui/text-body';
import { useErrorMessage } from '../../../i18n/use-error-message';
import {
  codingExportUrl,
  useCodingDisagreements,
  useCodingResults,
  useCodingStudies,
  useStartCodingStudy,
} from '../api/coding';
import { decimal } from '../lib/format';
import { useCodingLabel } from './coding-workbench';

const interval = (ci: readonly [number, number] | null) =>
  ci ? `${decimal(ci[0])} – ${decimal(ci[1])}` : '–';

function StartStudy() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const start = useStartCodingStudy();
  const [name, setName] = useState('');
  const [size, setSize] = useState('40');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate({ name: name.trim(), size: Number(size) }, { onSuccess: () => setName('') });
  };
  return (
    <form className="card coding-start" onSubmit={submit} aria-labelledby="coding-start-heading">
      <h2 id="coding-start-heading">{t('coding.start.heading')}</h2>
      <p>{t('coding.start.intro')}</p>
      <TextField
        label={t('coding.start.name')}
        value={name}
        maxLength={120}
        required
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t('coding.start.size')}
        hint={t('coding.start.sizeHint', { min: CODING_SAMPLE_MIN, max: CODING_SAMPLE_MAX })}
        type="number"
        inputMode="numeric"
        min={CODING_SAMPLE_MIN}
        max={CODING_SAMPLE_MAX}
        value={size}
        required
        onChange={(e) => setSize(e.target.value)}
      />
      {start.isError && <ErrorAlert>{errorMessage(start.error)}</ErrorAlert>}
      {start.isSuccess && (
        <Notice>{t('coding.start.done', { n: start.data.items, coders: start.data.coders })}</Notice>
      )}
      <div className="button-row">
        <Button type="submit" disabled={start.isPending || !name.trim()}>
          {start.isPending ? t('coding.start.starting') : t('coding.start.submit')}
        </Button>
      </div>
    </form>
  );
}

function Results({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const labelOf = useCodingLabel();
  const errorMessage = useErrorMessage();
  const results = useCodingResults(studyId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorAlert>{errorMessage(results.error)}</ErrorAlert>;
  const f = results.data.figures;
  const kappaText = (k: KappaResult) =>
    k.kappa === null
      ? t('coding.results.noKappa')
      : t('coding.results.kappa', {
          kappa: decimal(k.kappa),
          ci: interval(k.ci95),
          band: k.band ? t(`coding.bands.${k.band}`) : '',
          n: k.n,
        });
  const prop = (p: ProportionWithCi) =>
    p.value === null ? '–' : `${decimal(p.value)} (${interval(p.ci95)}; ${p.k}/${p.n})`;
  return (
    <div className="coding-results">
      <p>{t('coding.results.coded', { coded: f.coded, unsure: f.unsure, agreed: f.agreed })}</p>
      <p>
        <strong>{t('coding.results.interRater')}</strong> {kappaText(f.interRater)}
      </p>
      <p>
        <strong>{t('coding.results.classifier')}</strong> {kappaText(f.classifierOverall)}
      </p>
      <TableWrap label={t('coding.results.table')}>
        <table className="table">
          <caption className="visually-hidden">{t('coding.results.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coding.results.cols.phase')}</th>
              <th scope="col">{t('coding.results.cols.people')}</th>
              <th scope="col">{t('coding.results.cols.spiegel')}</th>
              <th scope="col">{t('coding.results.cols.precision')}</th>
              <th scope="col">{t('coding.results.cols.recall')}</th>
              <th scope="col">{t('coding.results.cols.kappa')}</th>
            </tr>
          </thead>
          <tbody>
            {f.perPhase.map((p) => (
              <tr key={p.phase}>
                <th scope="row">{labelOf(p.phase)}</th>
                <td>{p.humanCount}</td>
                <td>{p.classifierCount}</td>
                <td>{prop(p.precision)}</td>
                <td>{prop(p.recall)}</td>
                <td>
                  {p.kappa.kappa === null ? '–' : `${decimal(p.kappa.kappa)} (${interval(p.kappa.ci95)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="muted">{t('coding.results.method')}</p>
    </div>
  );
}

function Disagreements({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const list = useCodingDisagreements();
  const labelOf = useCodingLabel();
  return (
    <div className="coding-disagreements">
      <Button variant="secondary" disabled={list.isPending} onClick={() => list.mutate(studyId)}>
        {t('coding.disagreements.show')}
      </Button>
      {list.isError && <ErrorAlert>{errorMessage(list.error)}</ErrorAlert>}
      {list.data && list.data.length === 0 && <Notice>{t('coding.disagreements.none')}</Notice>}
      {list.data && list.data.length > 0 && (
        <ul className="coding-disagreements__list">
          {list.data.map((d: CodingDisagreement) => (
            <li key={d.contributionId} className="coding-disagreement">
              <p>
                {t('coding.disagreements.line', {
                  id: d.contributionId,
                  first: labelOf(d.first),
                  second: labelOf(d.second),
                  spiegel: labelOf(d.classifier),
                })}
              </p>
              {d.text ? (
                <TextBody text={d.text} />
              ) : (
                <p className="muted">{t('coding.disagreements.noText')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Coding rounds: admins start them and export the codes; admins and researchers see the figures; admins
 * and facilitators discuss the disagreements. Researchers see figures only, never texts.
 */
export function CodingStudies({ role }: { role: MembershipRole }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const studies = useCodingStudies();
  const [open, setOpen] = useState<string | null>(null);
  const figures = role === 'admin' || role === 'onderzoeker';
  const discuss = role === 'admin' || role === 'facilitator';
  return (
    <>
      {role === 'admin' && <StartStudy />}
      <section className="card" aria-labelledby="coding-studies-heading">
        <h2 id="coding-studies-heading">{t('coding.studies.heading')}</h2>
        <p>{t('coding.studies.intro')}</p>
        {studies.isPending && <Loading />}
        {studies.isError && <ErrorAlert>{errorMessage(studies.error)}</ErrorAlert>}
        {studies.data?.length === 0 && <Notice>{t('coding.studies.none')}</Notice>}
        <ul className="coding-studies">
          {studies.data?.map((s) => (
            <li key={s.id} className="coding-study">
              <h3>{s.name}</h3>
              <p>
                {t('coding.studies.line', {
                  date: new Date(s.createdAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL'),
                  items: s.items,
                  complete: s.complete,
                  coders: s.coders,
                })}
              </p>
              <div className="button-row">
                {figures && (
                  <Button
                    variant="secondary"
                    aria-expanded={open === s.id}
                    onClick={() => setOpen(open === s.id ? null : s.id)}
                  >
                    {open === s.id ? t('coding.studies.hide') : t('coding.studies.show')}
                  </Button>
                )}
                {role === 'admin' && (
                  <a className="button button--secondary" href={codingExportUrl(s.id)} download>
                    {t('coding.studies.export')}
                  </a>
                )}
              </div>
              {figures && open === s.id && <Results studyId={s.id} />}
              {discuss && <Disagreements studyId={s.id} />}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
