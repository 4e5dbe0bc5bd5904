import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MentorshipView } from '@spiegel/domain';
import { MentorMentorships } from './mentor-mentorships';

const mentee = (overrides: Partial<MentorshipView>): MentorshipView => ({
  id: 'ms-bas',
  role: 'mentor',
  other: { membershipId: 'm-bas', displayName: 'Bas', avatarColor: '#3b6b35' },
  status: 'active',
  requestMessage: 'Mag ik je af en toe spreken?',
  roomId: 'r-bas',
  createdAt: '2026-11-01T10:00:00Z',
  canCheckIn: true,
  ...overrides,
});

const SUGGESTIONS = [
  'Hoi! Ik moest aan je denken. Hoe gaat het met je?',
  'Hoi! Zin om binnenkort weer eens bij te praten?',
  'Hoi! Even een berichtje van mij.',
];

function setup(mentorships: MentorshipView[]) {
  const { calls } = mockFetch([
    { path: '/api/mentorships', body: mentorships },
    {
      path: /^\/api\/mentorships\/ms-bas\/checkin\?locale=nl$/,
      body: { name: 'Bas', suggestions: SUGGESTIONS },
    },
    { method: 'POST', path: '/api/mentorships/ms-bas/checkin', status: 201, body: { roomId: 'r-bas' } },
  ]);
  const onNotice = jest.fn();
  const view = renderWithProviders(
    <MentorMentorships
      roomHref={(id) => `/ruimtes/${id}`}
      onOpenConversation={jest.fn()}
      onNotice={onNotice}
    />,
    { session: buildSession(buildMe()) },
  );
  return { ...view, calls, onNotice };
}

describe('MentorMentorships: checking in on a mentee', () => {
  it('should offer general suggestions, say the mentee decides how it reaches them, and send the edited words', async () => {
    const { user, calls, onNotice } = setup([mentee({})]);
    await user.click(await screen.findByRole('button', { name: 'Even inchecken (Bas)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een berichtje voor Bas' });
    expect(
      within(dialog).getByText(/Of Bas daarvan ook een mail of pushbericht krijgt, kiest Bas zelf/),
    ).toBeInTheDocument();
    // Nothing about risk, reasons or health in what the mentor sees.
    expect(dialog.textContent).not.toMatch(/risico|score|zwart|toestemming/i);
    const group = await within(dialog).findByRole('group', { name: 'Voorstellen om mee te beginnen' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(group).getAllByRole('button', { name: /Gebruik dit voorstel/ })[1]!);
    const box = within(dialog).getByRole('textbox', { name: 'Je bericht' });
    expect(box).toHaveValue(SUGGESTIONS[1]);
    await user.type(box, ' Iris');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    await screen.findByRole('button', { name: 'Even inchecken (Bas)' });
    expect(onNotice).toHaveBeenCalledWith('Je berichtje aan Bas is verstuurd.');
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/api/mentorships/ms-bas/checkin')!;
    expect(sent.body).toMatchObject({ body: `${SUGGESTIONS[1]} Iris`, locale: 'nl' });
  }, 20_000);

  it('should not send an empty message', async () => {
    const { user, calls } = setup([mentee({})]);
    await user.click(await screen.findByRole('button', { name: 'Even inchecken (Bas)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een berichtje voor Bas' });
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(
      await within(dialog).findByText('Schrijf een bericht van hooguit 1000 tekens.'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('should offer no check-in for a mentee who is not an alumnus', async () => {
    setup([mentee({ canCheckIn: false })]);
    expect(await screen.findByRole('button', { name: 'Mentorschap beëindigen (Bas)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Even inchecken/ })).not.toBeInTheDocument();
  });
});
