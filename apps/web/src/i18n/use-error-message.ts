import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { nl } from './nl';

type ErrorKey = keyof typeof nl.errors;

function isErrorKey(code: string): code is ErrorKey {
  return Object.hasOwn(nl.errors, code);
}

/**
 * Turns any thrown error into a sentence for people. In Dutch the API's own message is used (it is
 * written for people and can say more, e.g. how long to wait); in English the code's translation.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return t('errors.UNKNOWN');
      if (error.code === 'NETWORK_ERROR') return t('errors.NETWORK_ERROR');
      if (i18n.language === 'nl' && error.message) return error.message;
      if (isErrorKey(error.code)) return t(`errors.${error.code}`);
      return error.message || t('errors.UNKNOWN');
    },
    [t, i18n.language],
  );
}
