import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useResearchExport } from '../api/research';
import { CodingStudies } from './coding-studies';
import { HerstelGemeten } from './herstel-gemeten';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** For researchers: the measured-recovery figures and the pseudonymised export with its codebook. */
export function ResearchPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const exp = useResearchExport();
  const day = new Date().toISOString().slice(0, 10);
  return (
    <Page
      title={t('research.page.title')}
      heading={t('research.page.heading')}
      width="wide"
      intro={<p className="lead">{t('research.page.intro')}</p>}
    >
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('research.page.exportHeading')}</h2>
        <p>{t('research.page.exportIntro')}</p>
        {exp.isError && <ErrorAlert>{errorMessage(exp.error)}</ErrorAlert>}
        <div className="button-row">
          <Button disabled={exp.isPending} onClick={() => exp.mutate()}>
            {exp.isPending ? t('research.page.exporting') : t('research.page.export')}
          </Button>
        </div>
        {exp.data && (
          <>
            <Notice>
              {t('research.page.ready', {
                n: exp.data.participants.length,
                suppressed: exp.data.kAnonymity.suppressed,
                k: exp.data.kAnonymity.k,
              })}
            </Notice>
            <div className="button-row">
              <Button
                variant="secondary"
                onClick={() =>
                  download(
                    `spiegel-onderzoek-${day}.json`,
                    'application/json',
                    JSON.stringify({ ...exp.data, codebook: undefined }, null, 2),
                  )
                }
              >
                {t('research.page.downloadData')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => download(`spiegel-codeboek-${day}.csv`, 'text/csv', exp.data.codebook.csv)}
              >
                {t('research.page.downloadCodebook')}
              </Button>
              <Button
                variant="secondary"
                onClick={() =>
                  download(
                    `spiegel-schema-${day}.json`,
                    'application/schema+json',
                    JSON.stringify(exp.data.codebook.schema, null, 2),
                  )
                }
              >
                {t('research.page.downloadSchema')}
              </Button>
            </div>
          </>
        )}
      </section>
      <HerstelGemeten />
      <CodingStudies role="onderzoeker" />
    </Page>
  );
}
