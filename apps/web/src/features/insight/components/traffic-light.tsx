import type { TrafficLight as Light } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';

/** The light as a coloured dot and in words (never colour alone). */
export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span className={`light light--${light}`}>
      <svg width="14" height="14" aria-hidden="true" className="light__dot">
        <circle cx="7" cy="7" r="6" />
      </svg>
      {t(`insight.lights.${light}`)}
    </span>
  );
}
