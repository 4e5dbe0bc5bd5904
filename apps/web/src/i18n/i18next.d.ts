import 'i18next';
import type { AllNl } from './nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllNl };
  }
}
