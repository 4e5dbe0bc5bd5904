import { PHASE_IDS, PHASES, type PhaseId } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { lang } from '../lib/format';

export interface SelfPlacementPickerProps {
  current: PhaseId | null;
  pending: boolean;
  onSave: (phase: PhaseId) => void;
}

/**
 * "Where am I now?" — the five phases in plain words, one choice, changeable at any time. There is no
 * right answer and no order to climb: the wording says so.
 */
export function SelfPlacementPicker({ current, pending, onSave }: SelfPlacementPickerProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PhaseId | null>(current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) onSave(choice);
  };
  return (
    <form className="form self-placement" onSubmit={submit}>
      <fieldset className="self-placement__fieldset">
        <legend className="self-placement__legend">{t('insight.myPath.question')}</legend>
        <p className="field__hint">{t('insight.myPath.questionHint')}</p>
        {PHASE_IDS.map((phase) => (
          <label
            key={phase}
            className={`self-placement__option${choice === phase ? ' self-placement__option--chosen' : ''}`}
          >
            <input
              type="radio"
              name="phase"
              value={phase}
              checked={choice === phase}
              onChange={() => setChoice(phase)}
              aria-describedby={`uitleg-${phase}`}
            />
            <span className="self-placement__text">
              <span className="self-placement__label">{PHASES[phase].label[lang()]}</span>
              <span id={`uitleg-${phase}`} className="self-placement__explain">
                {t(`insight.myPath.explain.${phase}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" disabled={!choice || pending || choice === current}>
          {pending ? t('insight.myPath.saving') : t('insight.myPath.save')}
        </Button>
      </div>
    </form>
  );
}
