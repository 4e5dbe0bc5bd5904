import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../../config/constants';

/**
 * "Download mijn gegevens": a plain link to the export, which the API sends as an attachment, so the
 * browser saves the file itself (no script has to hold the data, and it works without JavaScript).
 */
export function MyDataSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{t('privacy.exportHeading')}</h2>
      <p className="muted">{t('privacy.exportIntro')}</p>
      <a className="button button--secondary" href={`${API_BASE}/me/export`} download>
        {t('privacy.exportButton')}
      </a>
    </section>
  );
}
