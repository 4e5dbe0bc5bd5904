import { shouldOfferOnboarding } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnboarding } from '../api/onboarding';

/** On home, for someone who has not been through the guide: an offer, never a wall. */
export function OnboardingOffer({ guideHref }: { guideHref: string }) {
  const { t } = useTranslation();
  const onboarding = useOnboarding();
  if (!shouldOfferOnboarding(onboarding.data)) return null;
  return (
    <section className="card onboarding-offer" aria-labelledby="onboarding-offer-heading">
      <h2 id="onboarding-offer-heading">{t('onboarding.offerHeading')}</h2>
      <p>{t('onboarding.offerText')}</p>
      <Link className="button button--primary" to={guideHref}>
        {t('onboarding.offerButton')}
      </Link>
    </section>
  );
}
