import { AVAILABILITY_SLOTS, formatMessage, MENTOR_LANGUAGES, type MentorListing } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { SelectField, TextAreaField } from '../../../components/ui/field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { Loading } from '../../../components/ui/loading';
import { TextBody } from '../../../components/ui/text-body';
import { currentLanguage } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { type MentorSearch, useFindMentors } from '../api/find-mentors';
import { useRequestMentor } from '../api/request-mentor';
import { isMentorLanguage, joinWords, themeLabel } from '../lib/labels';

const REQUEST_MAX = 500;

function AskDialog({
  listing,
  onDone,
  onCancel,
}: {
  listing: MentorListing;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const request = useRequestMentor();
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const name = listing.mentor.displayName;
  const invalid = message.trim().length < 1 || message.length > REQUEST_MAX;
  return (
    <FormDialog
      title={t('findMentor.askTitle', { name })}
      intro={<p>{t('findMentor.askIntro', { name })}</p>}
      submitLabel={t('findMentor.askSubmit')}
      busy={request.isPending}
      error={request.isError ? errorMessage(request.error) : undefined}
      onCancel={onCancel}
      onSubmit={() => {
        setTried(true);
        if (invalid) return;
        request.mutate(
          { mentorMembershipId: listing.mentor.membershipId, message: message.trim() },
          { onSuccess: () => onDone(t('findMentor.asked', { name })) },
        );
      }}
    >
      <TextAreaField
        label={t('findMentor.askMessage')}
        hint={t('findMentor.askHint')}
        rows={4}
        maxLength={REQUEST_MAX}
        value={message}
        error={tried && invalid ? t('findMentor.askInvalid') : undefined}
        onChange={(e) => setMessage(e.target.value)}
      />
    </FormDialog>
  );
}

function MentorCard({ listing, onAsk }: { listing: MentorListing; onAsk: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = listing.mentor.displayName;
  const headingId = `mentor-${listing.mentor.membershipId}`;
  return (
    <li className="mentor-card">
      <h3 id={headingId} className="person mentor-card__name">
        <Avatar color={listing.mentor.avatarColor} name={name} size="large" />
        {name}
      </h3>
      <TextBody text={listing.intro} className="mentor-card__intro" />
      <p className="alumnus__label">{t('findMentor.whyHeading', { name })}</p>
      <ul className="reasons">
        {listing.reasons.map((r, i) => (
          <li key={`${r.key}-${i}`}>{formatMessage(r, lang)}</li>
        ))}
      </ul>
      <dl className="facts">
        {listing.themes.length > 0 && (
          <div>
            <dt>{t('findMentor.themesLine')}</dt>
            <dd>
              {joinWords(
                listing.themes.map((th) => themeLabel(th, lang)),
                lang,
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('findMentor.languagesLine')}</dt>
          <dd>
            {joinWords(
              listing.languages.map((l) => (isMentorLanguage(l) ? t(`mentor.languages.${l}`) : l)),
              lang,
            )}
          </dd>
        </div>
        {listing.availability.length > 0 && (
          <div>
            <dt>{t('findMentor.availabilityLine')}</dt>
            <dd>
              {joinWords(
                listing.availability.map((s) => t(`mentor.slots.${s}`).toLocaleLowerCase()),
                lang,
              )}
            </dd>
          </div>
        )}
      </dl>
      <Button onClick={onAsk}>
        {t('findMentor.ask')}
        <span className="visually-hidden">{t('findMentor.askFor', { name })}</span>
      </Button>
    </li>
  );
}

/** "Een mentor vinden": mentors with room, ranked for this person, each with why they may fit. */
export function MentorFinder({ onNotice }: { onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState<MentorSearch>({ language: 'nl', availability: '' });
  const mentors = useFindMentors(search);
  const [asking, setAsking] = useState<MentorListing | null>(null);

  return (
    <>
      <div className="card filters">
        <fieldset className="fieldset">
          <legend className="field__label">{t('findMentor.filtersLegend')}</legend>
          <div className="form__row">
            <SelectField
              label={t('findMentor.language')}
              value={search.language}
              onChange={(e) => setSearch((s) => ({ ...s, language: e.target.value }))}
              options={MENTOR_LANGUAGES.map((code) => ({
                value: code,
                label: t(`mentor.languages.${code}`),
              }))}
            />
            <SelectField
              label={t('findMentor.availability')}
              value={search.availability}
              onChange={(e) => setSearch((s) => ({ ...s, availability: e.target.value }))}
              options={[
                { value: '', label: t('findMentor.anyTime') },
                ...AVAILABILITY_SLOTS.map((slot) => ({ value: slot, label: t(`mentor.slots.${slot}`) })),
              ]}
            />
          </div>
        </fieldset>
      </div>
      <section aria-labelledby="mentor-list-heading" aria-busy={mentors.isFetching}>
        <h2 id="mentor-list-heading">{t('findMentor.listHeading')}</h2>
        {mentors.isPending ? (
          <Loading label={t('findMentor.loading')} />
        ) : mentors.isError ? (
          <>
            <ErrorAlert>{errorMessage(mentors.error)}</ErrorAlert>
            <Button variant="secondary" onClick={() => void mentors.refetch()}>
              {t('app.retry')}
            </Button>
          </>
        ) : mentors.data.length === 0 ? (
          <p className="muted">{t('findMentor.empty')}</p>
        ) : (
          <ul className="mentor-list">
            {mentors.data.map((m) => (
              <MentorCard key={m.mentor.membershipId} listing={m} onAsk={() => setAsking(m)} />
            ))}
          </ul>
        )}
      </section>
      {asking && (
        <AskDialog
          listing={asking}
          onCancel={() => setAsking(null)}
          onDone={(text) => {
            setAsking(null);
            onNotice(text);
          }}
        />
      )}
    </>
  );
}
