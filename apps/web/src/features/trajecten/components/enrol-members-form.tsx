import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { TrajectDetail } from '@spiegel/domain';
import { useEnrolMembers } from '../api/enrol-members';
import { useMemberDirectory } from '../api/get-member-directory';
import { PersonName } from '../../../components/ui/person-name';

/** Existing members who are not part of the traject yet; they get a notification and consent first. */
export function EnrolMembersForm({ traject }: { traject: TrajectDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const directory = useMemberDirectory();
  const enrol = useEnrolMembers(traject.id);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);

  if (directory.isPending) return <Loading label={t('trajecten.detail.enrolLoading')} />;
  if (directory.isError) return <ErrorAlert>{errorMessage(directory.error)}</ErrorAlert>;

  const taken = new Set([
    ...(traject.enrolments ?? []).filter((e) => e.status !== 'left').map((e) => e.member.membershipId),
    ...traject.facilitators.map((f) => f.membershipId),
  ]);
  const candidates = directory.data.filter((m) => !taken.has(m.membershipId));
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle
    ? candidates.filter((m) => m.displayName.toLocaleLowerCase().includes(needle))
    : candidates;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (chosen.length === 0) {
      setError(t('trajecten.detail.enrolNone'));
      return;
    }
    setError(undefined);
    const names = candidates.filter((m) => chosen.includes(m.membershipId)).map((m) => m.displayName);
    enrol.mutate(chosen, {
      onSuccess: () => {
        setChosen([]);
        setFilter('');
        setDone(t('trajecten.detail.enrolled', { names: names.join(', ') }));
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {done && <Notice>{done}</Notice>}
      {candidates.length === 0 ? (
        <p className="muted">{t('trajecten.detail.enrolEmpty')}</p>
      ) : (
        <>
          <TextField
            type="search"
            label={t('trajecten.detail.enrolFilter')}
            optional
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          {shown.length === 0 ? (
            <p className="muted">{t('trajecten.detail.enrolNoMatch')}</p>
          ) : (
            <CheckboxGroup
              legend={t('trajecten.detail.enrolLegend')}
              error={error}
              layout="scroll"
              // Choices hidden by the filter stay chosen.
              values={chosen}
              onChange={(visible) =>
                setChosen([...chosen.filter((id) => !shown.some((m) => m.membershipId === id)), ...visible])
              }
              options={shown.map((m) => ({
                value: m.membershipId,
                label: <PersonName color={m.avatarColor} name={m.displayName} />,
              }))}
            />
          )}
          {enrol.isError && <ErrorAlert>{errorMessage(enrol.error)}</ErrorAlert>}
          <div className="form__actions">
            <Button type="submit" variant="secondary" disabled={enrol.isPending}>
              {enrol.isPending ? t('trajecten.detail.enrolSubmitting') : t('trajecten.detail.enrolSubmit')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
