import { useTranslation } from 'react-i18next';
import { TextBody } from '../../../components/ui/text-body';
import { formatDate } from '../../../i18n';
import type { EnrolmentView } from '@spiegel/domain';
import { PersonName } from '../../../components/ui/person-name';
import { TableWrap } from '../../../components/ui/table-wrap';

function since(e: EnrolmentView): string {
  const at =
    e.status === 'completed'
      ? e.completedAt
      : e.status === 'left'
        ? e.leftAt
        : e.status === 'active'
          ? e.consentAt
          : null;
  return formatDate(at ?? e.invitedAt);
}

/** Admins and the traject's facilitators: who takes part, who left (with only their own words). */
export function EnrolmentTable({ enrolments }: { enrolments: EnrolmentView[] }) {
  const { t } = useTranslation();
  if (enrolments.length === 0) return <p className="muted">{t('trajecten.detail.enrolmentsEmpty')}</p>;
  return (
    <TableWrap label={t('trajecten.detail.enrolmentsCaption')}>
      <table className="table table--people">
        <caption className="visually-hidden">{t('trajecten.detail.enrolmentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trajecten.detail.colName')}</th>
            <th scope="col">{t('trajecten.detail.colStatus')}</th>
            <th scope="col">{t('trajecten.detail.colSince')}</th>
            <th scope="col">{t('trajecten.detail.colFollowUp')}</th>
          </tr>
        </thead>
        <tbody>
          {enrolments.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="table__name">
                <PersonName color={e.member.avatarColor} name={e.member.displayName} />
              </th>
              <td>
                <span className={`state enrolment-state enrolment-state--${e.status}`}>
                  {t(`trajecten.enrolmentStatus.${e.status}`)}
                </span>
                {e.status === 'left' && e.leftNote && (
                  <div className="left-note">
                    <p className="left-note__label">{t('trajecten.detail.leftNote')}</p>
                    <TextBody text={e.leftNote} className="left-note__text" />
                  </div>
                )}
              </td>
              <td>{since(e)}</td>
              <td>
                {e.consentAt === null
                  ? t('trajecten.detail.followUpUnknown')
                  : e.consentFollowUp
                    ? t('trajecten.detail.followUpYes')
                    : t('trajecten.detail.followUpNo')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
