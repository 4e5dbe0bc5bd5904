import { describe, expect, it, jest } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import { type AlumnusRow, formatMessage, type Msg, type NazorgOverview as Overview } from '@spiegel/domain';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { NazorgOverview } from './nazorg-overview';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const noorReasons: Msg[] = [
  { key: 'zwartGat.silenceAfterDaily', params: { days: 35 } },
  { key: 'zwartGat.noRecognitionReceived', params: {} },
  { key: 'mentor.sharedThemes', params: { themes: 'eenzaamheid,slaap' } },
];

function buildAlumnus(overrides: Partial<AlumnusRow> = {}): AlumnusRow {
  return {
    member: { membershipId: 'm-noor', displayName: 'Noor', avatarColor: '#7a3e64' },
    trajectId: 't-najaar',
    trajectName: 'Najaar — Herstel in verbinding',
    completedAt: ago(35),
    score: 0.97,
    level: 'hoog',
    reasons: noorReasons,
    computedAt: ago(0),
    lastActivityAt: ago(21),
    history: [
      { computedAt: ago(14), score: 0.5, level: 'midden' },
      { computedAt: ago(0), score: 0.97, level: 'hoog' },
    ],
    lastContact: null,
    snoozedUntil: null,
    hasMentor: false,
    ...overrides,
  };
}

const overview: Overview = {
  totals: { alumni: 4, consented: 2, byLevel: { laag: 1, midden: 0, hoog: 1, onbekend: 0 } },
  alumni: [
    buildAlumnus(),
    buildAlumnus({
      member: { membershipId: 'm-iris', displayName: 'Iris', avatarColor: '#3b6b35' },
      score: 0.2,
      level: 'laag',
      reasons: [{ key: 'zwartGat.liveConnections', params: { count: 3 } }],
      lastActivityAt: ago(1),
      history: [{ computedAt: ago(0), score: 0.2, level: 'laag' }],
      lastContact: { at: ago(3), kind: 'contact_gehad', by: 'Femke', note: 'Gebeld, gaat goed.' },
      hasMentor: true,
    }),
  ],
  lastRunAt: ago(0),
};

function setup(canRun = false, channels: ('email' | 'push')[] = ['email']) {
  const { calls } = mockFetch([
    { path: '/api/nazorg', body: overview },
    { method: 'POST', path: '/api/nazorg/m-noor/message', body: { roomId: 'r-direct' } },
    { method: 'POST', path: '/api/nazorg/m-noor/contact', status: 204 },
    {
      path: /^\/api\/nazorg\/m-noor\/checkin\?locale=nl$/,
      body: {
        suggestions: ['Hoi! Het is een tijdje stil geweest en ik moest aan je denken.', 'Hoi! Hoe gaat het?'],
        channels,
      },
    },
    {
      method: 'POST',
      path: '/api/nazorg/m-noor/checkin',
      status: 201,
      body: { roomId: 'r-direct', channels: ['email'] },
    },
    {
      method: 'POST',
      path: '/api/nazorg/run',
      body: { completedTrajecten: 0, computed: 4, raisedToHoog: 1, at: ago(0) },
    },
  ]);
  const onOpenConversation = jest.fn();
  const view = renderWithProviders(
    <NazorgOverview
      trajecten={[]}
      mentors={[{ membershipId: 'm-iris', displayName: 'Iris', used: 1, max: 2 }]}
      canRun={canRun}
      onOpenConversation={onOpenConversation}
    />,
    { session: buildSession(buildMe({ role: 'facilitator' })) },
  );
  return { ...view, calls, onOpenConversation };
}

describe('NazorgOverview', () => {
  it('should explain the totals, including the people who are not listed', async () => {
    setup();
    expect(
      await screen.findByText('4 oud-deelnemers in de eerste zes maanden na afloop.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Van wie in de lijst staat: risico hoog 1 · midden 0 · laag 1 · nog niet berekend 0.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '2 anderen gaven geen toestemming voor contact na afloop; zij staan niet in de lijst en tellen niet mee bij het risico.',
      ),
    ).toBeInTheDocument();
  });

  it('should list exactly the alumni the API returns, in its order, with the level in words', async () => {
    setup();
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(2);
    expect(headings[0]).toHaveAccessibleName('Noor');
    expect(headings[1]).toHaveAccessibleName('Iris');
    expect(within(headings[0]!.closest('li')!).getByText('Risico: hoog')).toBeInTheDocument();
    expect(within(headings[1]!.closest('li')!).getByText('Risico: laag')).toBeInTheDocument();
  });

  it('should render every reason with formatMessage, in Dutch and in English', async () => {
    const { i18n } = await import('../../../i18n');
    setup();
    for (const reason of noorReasons)
      expect(await screen.findByText(formatMessage(reason, 'nl'))).toBeInTheDocument();
    expect(screen.getByText('35 dagen geen contact, daarvoor dagelijks actief.')).toBeInTheDocument();
    expect(
      screen.getByText('Jullie hebben allebei geschreven over eenzaamheid en slaap.'),
    ).toBeInTheDocument();
    const { en } = await import('../../../i18n/en');
    i18n.addResourceBundle('en', 'translation', en);
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('35 days without contact, previously active daily.')).toBeInTheDocument();
  });

  it('should show last activity, the trend in words and the last contact with its note', async () => {
    setup();
    const noor = (await screen.findByRole('heading', { name: 'Noor' })).closest('li')!;
    expect(within(noor).getByText('Laatst actief: 21 dagen geleden')).toBeInTheDocument();
    expect(within(noor).getByText(/Stijgend sinds .*: van 50 naar 97 \(op 100\)\./)).toBeInTheDocument();
    expect(within(noor).getByText('Nog geen contact vastgelegd.')).toBeInTheDocument();
    const iris = screen.getByRole('heading', { name: 'Iris' }).closest('li')!;
    expect(within(iris).getByText('Laatst actief: gisteren')).toBeInTheDocument();
    expect(within(iris).getByText(/Laatste actie: contact gehad, door Femke/)).toBeInTheDocument();
    expect(within(iris).getByText('Gebeld, gaat goed.')).toBeInTheDocument();
  });

  it('should write a check-in from a suggestion, say how it reaches the person, and send what was edited', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByRole('button', { name: 'Berichtje sturen aan Noor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een berichtje voor Noor' });
    expect(
      await within(dialog).findByText(/krijgt Noor ook een mail dat er een bericht van jou is/),
    ).toBeInTheDocument();
    const suggestions = within(dialog).getByRole('group', { name: 'Voorstellen om mee te beginnen' });
    expect(within(suggestions).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(suggestions).getAllByRole('button', { name: /Gebruik dit voorstel/ })[0]!);
    const box = within(dialog).getByRole('textbox', { name: 'Je bericht' });
    expect(box).toHaveValue('Hoi! Het is een tijdje stil geweest en ik moest aan je denken.');
    await user.type(box, ' Groet, Femke');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Je berichtje aan Noor is verstuurd.')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/api/nazorg/m-noor/checkin')!;
    expect(sent.body).toMatchObject({
      body: 'Hoi! Het is een tijdje stil geweest en ik moest aan je denken. Groet, Femke',
      locale: 'nl',
    });
  }, 20_000); // typing into the field takes long on a busy machine

  it.each<[('email' | 'push')[], RegExp]>([
    [['push'], /krijgt Noor ook een pushbericht dat er een bericht van jou is/],
    [['email', 'push'], /krijgt Noor ook een mail en een pushbericht/],
    [[], /Noor krijgt geen mail of pushbericht/],
  ])('should say the check-in reaches the person by %j', async (channels, text) => {
    const { user } = setup(false, channels);
    await user.click(await screen.findByRole('button', { name: 'Berichtje sturen aan Noor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een berichtje voor Noor' });
    expect(await within(dialog).findByText(text)).toBeInTheDocument();
  });

  it('should not send an empty check-in', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByRole('button', { name: 'Berichtje sturen aan Noor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een berichtje voor Noor' });
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(
      await within(dialog).findByText('Schrijf een bericht van hooguit 1000 tekens.'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/nazorg/m-noor/checkin')).toBe(false);
  });

  it('should open the 1:1 conversation for "Persoonlijk bericht"', async () => {
    const { user, onOpenConversation, calls } = setup();
    await user.click(await screen.findByRole('button', { name: 'Persoonlijk bericht aan Noor' }));
    await waitFor(() => expect(onOpenConversation).toHaveBeenCalledWith('r-direct'));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/nazorg/m-noor/message')).toBe(true);
  });

  it('should record "Contact gehad" with a private note', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByRole('button', { name: 'Contact gehad met Noor' }));
    const dialog = screen.getByRole('dialog', { name: 'Contact gehad met Noor' });
    await user.type(within(dialog).getByRole('textbox', { name: /Notitie/ }), 'Even gebeld.');
    await user.click(within(dialog).getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText('Vastgelegd: contact gehad met Noor.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/nazorg/m-noor/contact')?.body).toEqual({
      note: 'Even gebeld.',
    });
  });

  it('should offer "Nu opnieuw berekenen" to admins only', async () => {
    setup(false);
    await screen.findByText('4 oud-deelnemers in de eerste zes maanden na afloop.');
    expect(screen.queryByRole('button', { name: 'Nu opnieuw berekenen' })).not.toBeInTheDocument();
  });
});
