import { type ContributionView, PHASE_IDS, type PhaseId } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSetPhase } from '../api/set-phase';
import { phaseLabel } from '../lib/phase-label';

type Choice = PhaseId | 'none';

/** The author picks another phase, or none. Spiegel's cues explain where the suggestion came from. */
export function PhaseDialog({
  contribution,
  onClose,
}: {
  contribution: ContributionView;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useSetPhase(contribution);
  const tag = contribution.phaseTag;
  const [choice, setChoice] = useState<Choice>(tag?.phase ?? 'none');
  const cues = tag?.setBy === 'classifier' && tag.phase ? tag.cues.slice(0, 3) : [];

  return (
    <FormDialog
      title={t('rooms.phase.dialogTitle')}
      intro={
        <>
          {cues.length > 0 && <p>{t('rooms.phase.cues', { cues: cues.map((c) => `“${c}”`).join(', ') })}</p>}
          <p>{t('rooms.phase.explain')}</p>
        </>
      }
      submitLabel={t('rooms.phase.save')}
      busy={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onCancel={onClose}
      onSubmit={() =>
        mutation.mutate(
          { id: contribution.id, phase: choice === 'none' ? null : choice },
          { onSuccess: onClose },
        )
      }
    >
      <fieldset className="choice-list">
        <legend className="field__label">{t('rooms.phase.legend')}</legend>
        {[...PHASE_IDS, 'none' as const].map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="phase"
              value={id}
              checked={choice === id}
              onChange={() => setChoice(id)}
            />
            <span>
              <span className="choice__label">
                {id === 'none' ? t('rooms.phase.none') : phaseLabel(id, i18n.language)}
              </span>
              <span className="choice__hint">{t(`rooms.phase.hints.${id}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
