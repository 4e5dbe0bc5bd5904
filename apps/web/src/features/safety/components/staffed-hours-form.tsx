import { type StaffedRange, type StaffedHoursView, WEEKDAYS, type Weekday } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSaveStaffedHours, useStaffedHours } from '../api/staffed-hours';

/** Admin: the weekly times someone watches (Dutch time), and whether session times count. */
export function StaffedHoursForm() {
  const errorMessage = useErrorMessage();
  const hours = useStaffedHours();
  if (hours.isPending) return <Loading />;
  if (hours.isError) return <ErrorAlert>{errorMessage(hours.error)}</ErrorAlert>;
  return <StaffedHoursEditor initial={hours.data} />;
}

function StaffedHoursEditor({ initial }: { initial: StaffedHoursView }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveStaffedHours();
  const [draft, setDraft] = useState<StaffedHoursView>(initial);

  const change = (i: number, patch: Partial<StaffedRange>) => {
    save.reset();
    setDraft({ ...draft, ranges: draft.ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft, { onSuccess: (saved) => setDraft(saved) });
  };

  return (
    <form className="staffed-hours" onSubmit={submit}>
      {draft.ranges.length === 0 && <p className="muted">{t('staffedHours.empty')}</p>}
      <ul className="staffed-hours__ranges">
        {draft.ranges.map((r, i) => (
          <li key={i} className="staffed-hours__range">
            <label>
              <span className="field__label">{t('staffedHours.weekday')}</span>
              <select
                className="input input--select"
                value={r.weekday}
                onChange={(e) => change(i, { weekday: Number(e.target.value) as Weekday })}
              >
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`staffedHours.days.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="field__label">{t('staffedHours.from')}</span>
              <input
                className="input"
                type="time"
                value={r.from}
                required
                onChange={(e) => change(i, { from: e.target.value })}
              />
            </label>
            <label>
              <span className="field__label">{t('staffedHours.to')}</span>
              <input
                className="input"
                type="time"
                value={r.to === '24:00' ? '23:59' : r.to}
                required
                onChange={(e) => change(i, { to: e.target.value })}
              />
            </label>
            <Button
              variant="quiet"
              aria-label={`${t('staffedHours.remove')}: ${t(`staffedHours.days.${r.weekday}`)} ${r.from}–${r.to}`}
              onClick={() => {
                save.reset();
                setDraft({ ...draft, ranges: draft.ranges.filter((_, j) => j !== i) });
              }}
            >
              {t('staffedHours.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() => {
          save.reset();
          setDraft({ ...draft, ranges: [...draft.ranges, { weekday: 1, from: '09:00', to: '17:00' }] });
        }}
      >
        {t('staffedHours.add')}
      </Button>
      <label className="staffed-hours__sessions">
        <input
          type="checkbox"
          checked={draft.countSessions}
          onChange={(e) => {
            save.reset();
            setDraft({ ...draft, countSessions: e.target.checked });
          }}
        />{' '}
        {t('staffedHours.sessions')}
      </label>
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      {save.isSuccess && <Notice>{t('staffedHours.saved')}</Notice>}
      <Button type="submit" disabled={save.isPending}>
        {t('staffedHours.save')}
      </Button>
    </form>
  );
}
