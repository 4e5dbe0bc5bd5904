import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { CreateTrajectForm } from '../../features/trajecten/components/create-traject-form';
import { TrajectList } from '../../features/trajecten/components/traject-list';
import '../../styles/trajecten.css';
import { roomPath } from '../paths';
import { consentPath, trajectPath } from '../traject-paths';

export default function TrajectenRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  if (!me) return null;
  const participant = me.role === 'participant';
  return (
    <Page
      title={participant ? t('trajecten.mineTitle') : t('trajecten.title')}
      heading={participant ? t('trajecten.mineHeading') : t('trajecten.heading')}
      width="wide"
      intro={<p>{participant ? t('trajecten.introParticipant') : t('trajecten.introStaff')}</p>}
    >
      {me.role === 'admin' &&
        (creating ? (
          <section className="card">
            <CreateTrajectForm
              onCreated={(id) => void navigate(trajectPath(id), { state: { trajectNotice: 'created' } })}
              onCancel={() => setCreating(false)}
            />
          </section>
        ) : (
          <p>
            <Button onClick={() => setCreating(true)}>{t('trajecten.create.show')}</Button>
          </p>
        ))}
      <section aria-labelledby="trajecten-list-heading">
        <h2 id="trajecten-list-heading" className={participant ? 'visually-hidden' : undefined}>
          {t('trajecten.listHeading')}
        </h2>
        <TrajectList
          participant={participant}
          links={{ trajectHref: trajectPath, roomHref: roomPath, consentHref: consentPath }}
        />
      </section>
    </Page>
  );
}
