import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/ui/field';

export const TRAJECT_NAME_LENGTH = { min: 2, max: 120 } as const;
export const TRAJECT_DESCRIPTION_MAX = 2000;
/** A `type="date"` value. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a traject's name and description, as the API checks them (empty when fine). */
export function trajectTextErrors(
  t: TFunction,
  name: string,
  description: string,
): { name?: string; description?: string } {
  const trimmed = name.trim();
  const errors: { name?: string; description?: string } = {};
  if (trimmed.length < TRAJECT_NAME_LENGTH.min || trimmed.length > TRAJECT_NAME_LENGTH.max)
    errors.name = t('trajecten.create.nameInvalid');
  if (description.length > TRAJECT_DESCRIPTION_MAX)
    errors.description = t('trajecten.create.descriptionInvalid');
  return errors;
}

/** What is wrong with an end date (yyyy-mm-dd) given the start, if anything. */
export function endsOnError(t: TFunction, endsOn: string, startsOn: string): string | undefined {
  if (!DAY.test(endsOn)) return t('trajecten.create.dateRequired');
  if (DAY.test(startsOn) && endsOn < startsOn) return t('trajecten.create.endsBeforeStart');
  return undefined;
}

/** A traject's name and description fields, the same when it is made and when it is corrected. */
export function TrajectTextFields({
  name,
  description,
  errors,
  nameHint,
  nameRef,
  onName,
  onDescription,
}: {
  name: string;
  description: string;
  errors: { name?: string; description?: string };
  nameHint: string;
  nameRef?: Ref<HTMLInputElement>;
  onName: (value: string) => void;
  onDescription: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        ref={nameRef}
        label={t('trajecten.create.name')}
        hint={nameHint}
        value={name}
        maxLength={TRAJECT_NAME_LENGTH.max}
        error={errors.name}
        onChange={(e) => onName(e.target.value)}
      />
      <TextAreaField
        label={t('trajecten.create.description')}
        hint={t('trajecten.create.descriptionHint')}
        optional
        rows={3}
        value={description}
        error={errors.description}
        onChange={(e) => onDescription(e.target.value)}
      />
    </>
  );
}
