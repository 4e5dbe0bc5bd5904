import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, Notice } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useMyMentorProfile } from '../../features/mentors/api/get-my-mentor-profile';
import { MentorMentorships } from '../../features/mentors/components/mentor-mentorships';
import { MentorProfileForm } from '../../features/mentors/components/mentor-profile-form';
import { MentorStatus } from '../../features/mentors/components/mentor-status';
import { useErrorMessage } from '../../i18n/use-error-message';
import '../../styles/trajecten.css';
import { roomPath } from '../paths';

function Boundaries() {
  const { t } = useTranslation();
  return (
    <section className="card card--quiet" aria-labelledby="mentor-boundaries-heading">
      <h2 id="mentor-boundaries-heading">{t('mentor.boundariesHeading')}</h2>
      <ul className="consent__list">
        <li>{t('mentor.boundaries.noHelper')}</li>
        <li>{t('mentor.boundaries.yourChoice')}</li>
        <li>{t('mentor.boundaries.stop')}</li>
        <li>{t('mentor.boundaries.worry')}</li>
      </ul>
    </section>
  );
}

export default function MentorRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const mine = useMyMentorProfile();
  const [notice, setNotice] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const page = (children: ReactNode) => (
    <Page
      title={t('mentor.title')}
      heading={t('mentor.heading')}
      width="wide"
      intro={<p className="lead">{t('mentor.intro')}</p>}
    >
      {notice && <Notice>{notice}</Notice>}
      {children}
    </Page>
  );

  if (mine.isPending) return page(<Loading label={t('mentor.loading')} />);
  if (mine.isError)
    return page(
      <>
        <ErrorAlert>{errorMessage(mine.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void mine.refetch()}>
          {t('app.retry')}
        </Button>
      </>,
    );

  const data = mine.data;
  const alumnus = !data.eligibility.reasons.some((r) => r.key === 'mentor.trajectNotCompleted');
  if (!data.profile && !alumnus) return page(<p className="notice-line">{t('mentor.notAlumnus')}</p>);

  return page(
    <>
      <MentorStatus data={data} onNotice={setNotice} />
      {data.profile && (
        <MentorMentorships
          roomHref={roomPath}
          onOpenConversation={(roomId) => void navigate(roomPath(roomId))}
          onNotice={setNotice}
        />
      )}
      {data.profile?.status === 'active' && (
        <section className="card card--quiet" aria-labelledby="mentor-coding-heading">
          <h2 id="mentor-coding-heading">{t('coding.mentorLink.heading')}</h2>
          <p>{t('coding.mentorLink.text')}</p>
          <p>
            <Link to="/coderen">{t('coding.mentorLink.link')}</Link>
          </p>
        </section>
      )}
      <div className="traject-columns traject-columns--wide-first">
        <section className="card" aria-labelledby="mentor-form-heading">
          <h2 id="mentor-form-heading">
            {data.profile ? t('mentor.formHeadingEdit') : t('mentor.formHeading')}
          </h2>
          <MentorProfileForm
            profile={data.profile}
            onSaved={(first) => setSaved(first ? t('mentor.signedUp') : t('mentor.saved'))}
          />
          {saved && <Notice>{saved}</Notice>}
        </section>
        <Boundaries />
      </div>
    </>,
  );
}
