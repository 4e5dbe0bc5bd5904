import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MentorListing } from '@spiegel/domain';
import { MentorFinder } from './mentor-finder';

const iris: MentorListing = {
  mentor: { membershipId: 'm-iris', displayName: 'Iris', avatarColor: '#3b6b35' },
  intro: 'Ik luister graag, zonder oordeel.',
  themes: ['eenzaamheid', 'slaap', 'angst'],
  languages: ['nl', 'en'],
  availability: ['avond', 'weekend'],
  placesLeft: 1,
  score: 0.53,
  reasons: [
    { key: 'mentor.sharedThemes', params: { themes: 'eenzaamheid,angst' } },
    { key: 'mentor.recognisedEachOther', params: {} },
    { key: 'mentor.placesLeft', params: { left: 1, max: 2 } },
  ],
};

function setup() {
  const { calls } = mockFetch([
    { path: '/api/mentors?language=nl', body: [iris] },
    { path: '/api/mentors?language=en&availability=avond', body: [] },
    {
      method: 'POST',
      path: '/api/mentors/m-iris/requests',
      body: {
        id: 'x-1',
        role: 'mentee',
        other: iris.mentor,
        status: 'requested',
        requestMessage: null,
        roomId: null,
        createdAt: '',
        canCheckIn: false,
      },
    },
  ]);
  const onNotice = jest.fn();
  const view = renderWithProviders(<MentorFinder onNotice={onNotice} />, {
    session: buildSession(buildMe()),
  });
  return { ...view, calls, onNotice };
}

describe('MentorFinder', () => {
  it('should show why each mentor may fit, in plain Dutch', async () => {
    setup();
    const card = (await screen.findByRole('heading', { name: 'Iris' })).closest('li')!;
    expect(
      within(card).getByText('Jullie hebben allebei geschreven over eenzaamheid en angst.'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Jullie herkenden elkaar in de groep.')).toBeInTheDocument();
    expect(within(card).getByText('Nog 1 van de 2 plekken vrij.')).toBeInTheDocument();
    expect(within(card).getByText('Nederlands en Engels')).toBeInTheDocument();
    expect(within(card).getByText('avond en weekend')).toBeInTheDocument();
  });

  it('should search again with the chosen language and moment', async () => {
    const { user, calls } = setup();
    await screen.findByRole('heading', { name: 'Iris' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal van het gesprek' }), 'Engels');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Moment' }), 'Avond');
    expect(await screen.findByText(/Er is nu geen mentor met ruimte/)).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toContain('/api/mentors?language=en&availability=avond');
  });

  it('should ask for contact with a short message', async () => {
    const { user, calls, onNotice } = setup();
    await user.click(await screen.findByRole('button', { name: 'Contact vragen aan Iris' }));
    const dialog = screen.getByRole('dialog', { name: 'Contact vragen aan Iris' });
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(within(dialog).getByRole('textbox', { name: 'Je bericht' })).toHaveAccessibleDescription(
      expect.stringContaining('Schrijf een kort bericht'),
    );
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Je bericht' }), 'Mag ik je iets vragen?');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    await waitFor(() =>
      expect(onNotice).toHaveBeenCalledWith(expect.stringContaining('Je vraag is verstuurd naar Iris')),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ message: 'Mag ik je iets vragen?' });
  });
});
