import {
  AVAILABILITY_SLOTS,
  type AvailabilitySlot,
  MENTOR_LANGUAGES,
  type MentorLanguage,
  type MentorProfileInput,
  type MyMentorProfile,
  THEME_IDS,
  type ThemeId,
} from '@spiegel/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { SelectField, TextAreaField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { currentLanguage } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSaveMentorProfile } from '../api/save-mentor-profile';
import { themeLabel } from '../lib/labels';

const INTRO_MIN = 10;
const INTRO_MAX = 1000;
const MAX_LANGUAGES = 6;
const MENTEE_CHOICES = [1, 2, 3, 4, 5] as const;

type Errors = Partial<Record<'intro' | 'languages' | 'availability', string>>;

/** The opt-in form: a short intro, themes, languages, availability and how many people at a time. */
export function MentorProfileForm({
  profile,
  onSaved,
}: {
  profile: MyMentorProfile['profile'];
  onSaved: (first: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const lang = currentLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveMentorProfile();
  const [intro, setIntro] = useState(profile?.intro ?? '');
  const [themes, setThemes] = useState<ThemeId[]>(profile?.themes ?? []);
  const [languages, setLanguages] = useState<MentorLanguage[]>(profile?.languages ?? ['nl']);
  const [availability, setAvailability] = useState<AvailabilitySlot[]>(profile?.availability ?? []);
  const [maxMentees, setMaxMentees] = useState(String(profile?.maxMentees ?? 2));
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = intro.trim();
    const found: Errors = {
      ...(text.length < INTRO_MIN || text.length > INTRO_MAX ? { intro: t('mentor.introInvalid') } : {}),
      ...(languages.length < 1 || languages.length > MAX_LANGUAGES
        ? { languages: t('mentor.languagesInvalid') }
        : {}),
      ...(availability.length < 1 ? { availability: t('mentor.availabilityInvalid') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input: MentorProfileInput = {
      intro: text,
      themes,
      languages,
      availability,
      maxMentees: Number(maxMentees),
    };
    save.mutate(input, { onSuccess: () => onSaved(profile === null) });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      <TextAreaField
        label={t('mentor.introField')}
        hint={t('mentor.introHint')}
        rows={5}
        maxLength={INTRO_MAX}
        value={intro}
        error={errors.intro}
        onChange={(e) => setIntro(e.target.value)}
      />
      <CheckboxGroup
        legend={t('mentor.themesLegend')}
        hint={t('mentor.themesHint')}
        optional
        layout="columns"
        values={themes}
        onChange={(v) => setThemes(v as ThemeId[])}
        options={THEME_IDS.map((id) => ({ value: id, label: themeLabel(id, lang, { capital: true }) }))}
      />
      <CheckboxGroup
        legend={t('mentor.languagesLegend')}
        hint={t('mentor.languagesHint')}
        error={errors.languages}
        layout="columns"
        values={languages}
        onChange={(v) => setLanguages(v as MentorLanguage[])}
        options={MENTOR_LANGUAGES.map((code) => ({ value: code, label: t(`mentor.languages.${code}`) }))}
      />
      <CheckboxGroup
        legend={t('mentor.availabilityLegend')}
        error={errors.availability}
        layout="columns"
        values={availability}
        onChange={(v) => setAvailability(v as AvailabilitySlot[])}
        options={AVAILABILITY_SLOTS.map((slot) => ({ value: slot, label: t(`mentor.slots.${slot}`) }))}
      />
      <SelectField
        label={t('mentor.maxMentees')}
        hint={t('mentor.maxMenteesHint')}
        className="input--compact"
        value={maxMentees}
        onChange={(e) => setMaxMentees(e.target.value)}
        options={MENTEE_CHOICES.map((n) => ({
          value: String(n),
          label: t('mentor.menteesOption', { count: n }),
        }))}
      />
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      <div className="form__actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('mentor.saving') : profile ? t('mentor.save') : t('mentor.submit')}
        </Button>
      </div>
    </form>
  );
}
