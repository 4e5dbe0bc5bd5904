import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MentorOverview as Overview } from '@spiegel/domain';
import { MentorOverview } from './mentor-overview';

const iris = { membershipId: 'm-iris', displayName: 'Iris', avatarColor: '#3b6b35' };
const noor = { membershipId: 'm-noor', displayName: 'Noor', avatarColor: '#7a3e64' };
const bas = { membershipId: 'm-bas', displayName: 'Bas', avatarColor: '#35506b' };
const overview: Overview = {
  mentors: [{ mentor: iris, status: 'active', maxMentees: 3, active: 1, requested: 1, ended: 4, load: 0.67 }],
  eligibleNotOptedIn: [noor],
  alumni: [
    { member: iris, trajectName: 'Najaar', getuigenisConfirmed: true },
    { member: noor, trajectName: 'Najaar', getuigenisConfirmed: null },
    { member: bas, trajectName: 'Najaar', getuigenisConfirmed: false },
  ],
};

function setup() {
  const { calls } = mockFetch([
    { path: '/api/mentors/overview', body: overview },
    { method: 'POST', path: '/api/mentors/m-noor/invite', status: 204 },
    { method: 'PUT', path: '/api/mentors/m-iris/getuigenis', status: 204 },
  ]);
  const view = renderWithProviders(<MentorOverview />, {
    session: buildSession(buildMe({ role: 'facilitator' })),
  });
  return { ...view, calls };
}

describe('MentorOverview', () => {
  it('should show each mentor’s load as counts in words', async () => {
    setup();
    const row = (await screen.findByRole('table', { name: 'Mentoren, op schuilnaam' })).querySelector(
      'tbody tr',
    )!;
    expect(within(row as HTMLElement).getByText('2 van 3 plekken bezet')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('beschikbaar')).toBeInTheDocument();
  });

  it('should invite gently and then say so instead of offering it again', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByRole('button', { name: 'Uitnodigen (Noor)' }));
    expect(await screen.findByText('Je uitnodiging is verstuurd naar Noor.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitnodigen (Noor)' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('should ask before not confirming getuigenis, which can take a mentor out of the list', async () => {
    const { user, calls } = setup();
    const table = await screen.findByRole('table', { name: 'Oud-deelnemers, op schuilnaam' });
    expect(within(table).getByRole('row', { name: /Iris.*Is mentor/ })).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Bevestiging intrekken (Iris)' }));
    const dialog = screen.getByRole('dialog', { name: 'Getuigenis van Iris niet bevestigen?' });
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, niet bevestigen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ confirmed: false }));
    expect(
      await screen.findByText('Je hebt vastgelegd dat getuigenis van Iris niet bevestigd is.'),
    ).toBeInTheDocument();
  });

  it('should offer only the change from what a facilitator already recorded', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Oud-deelnemers, op schuilnaam' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    // Iris is a mentor whose getuigenis is confirmed: no "Bevestigen" question about her.
    expect(row(/^Iris/)).toHaveTextContent('Is mentor · getuigenis bevestigd');
    expect(
      within(row(/^Iris/))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bevestiging intrekken (Iris)']);
    // Bas was recorded as not confirmed: only "Bevestigen".
    expect(
      within(row(/^Bas/))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bevestigen (Bas)']);
    // Noor was never asked: both answers.
    expect(
      within(row(/^Noor/))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bevestigen (Noor)', 'Niet bevestigen (Noor)']);
  });
});
