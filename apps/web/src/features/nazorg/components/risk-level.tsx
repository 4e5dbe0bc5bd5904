import type { ZwartGatLevel } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';

type Level = ZwartGatLevel | 'onbekend';

/** A shape per level, so the level never hangs on colour alone (the word says it as well). */
function LevelIcon({ level }: { level: Level }) {
  const common = {
    className: 'risk__icon',
    viewBox: '0 0 16 16',
    width: 16,
    height: 16,
    'aria-hidden': true,
    focusable: false,
  } as const;
  switch (level) {
    case 'hoog':
      return (
        <svg {...common}>
          <path d="M8 1.5 15 14H1L8 1.5Z" fill="currentColor" />
          <path d="M8 6v3.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="11.8" r="1" fill="#fff" />
        </svg>
      );
    case 'midden':
      return (
        <svg {...common}>
          <path d="M8 1 15 8 8 15 1 8Z" fill="currentColor" />
        </svg>
      );
    case 'laag':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2.5" />
        </svg>
      );
    case 'onbekend':
      return (
        <svg {...common}>
          <circle
            cx="8"
            cy="8"
            r="6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray="2.5 2"
          />
        </svg>
      );
  }
}

/** "Risico: hoog", with its own shape; calm colours, the text carries the meaning. */
export function RiskLevel({ level }: { level: ZwartGatLevel | null }) {
  const { t } = useTranslation();
  const shown: Level = level ?? 'onbekend';
  return (
    <span className={`risk risk--${shown}`}>
      <LevelIcon level={shown} />
      <span>
        {t('nazorg.riskLabel')}: {t(`nazorg.level.${shown}`)}
      </span>
    </span>
  );
}
