import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { OnboardingGuide } from './onboarding-guide';
import { OnboardingOffer } from './onboarding-offer';

const room = { id: 'r-1', name: 'Groep Voorjaar', agreements: 'We laten elkaar uitpraten.' };

function setup(completedAt: string | null = null) {
  const { calls } = mockFetch([
    { path: '/api/onboarding', body: { completedAt, acceptedRoomId: null } },
    {
      method: 'PUT',
      path: '/api/onboarding',
      body: { completedAt: '2026-05-01T10:00:00.000Z', acceptedRoomId: 'r-1' },
    },
  ]);
  const onDone = jest.fn();
  const view = renderWithProviders(
    <>
      <OnboardingOffer guideHref="/welkom" />
      <OnboardingGuide room={room} onDone={onDone} />
    </>,
    { session: buildSession(buildMe()) },
  );
  return { ...view, calls, onDone };
}

describe('OnboardingGuide', () => {
  it('should explain rooms, herkenning, the five phases and what facilitators see, under headings', async () => {
    setup();
    for (const name of [
      'Wat is een ruimte?',
      'Wat doet "Ik herken dit"?',
      'De vijf fasen, in gewone woorden',
      'Wat begeleiders wel en niet zien',
      'De afspraken van je groep',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('ol'))).toHaveLength(5);
    expect(screen.getByText(/Spiegel legt vast dat jij bij dat bericht herkenning gaf/)).toBeInTheDocument();
    expect(screen.getByText('We laten elkaar uitpraten.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bekijk de rondleiding' })).toHaveAttribute(
      'href',
      '/welkom',
    );
  });

  it('should ask to accept the agreements before finishing, then remember it with the room', async () => {
    const { user, calls, onDone } = setup();
    await user.click(screen.getByRole('button', { name: 'Klaar, naar mijn groep' }));
    const accept = screen.getByRole('checkbox', {
      name: 'Ik ga akkoord met de afspraken van Groep Voorjaar',
    });
    expect(accept).toHaveFocus();
    expect(accept).toHaveAccessibleDescription(
      'Vink aan dat je akkoord gaat, dan ga je verder naar je groep.',
    );
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await user.click(accept);
    await user.click(screen.getByRole('button', { name: 'Klaar, naar mijn groep' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ acceptedRoomId: 'r-1' });
  });

  it('should not offer the guide on home to someone who went through it', async () => {
    setup('2026-04-01T10:00:00.000Z');
    expect(await screen.findByText(/Je hebt de rondleiding op .* doorlopen/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bekijk de rondleiding' })).not.toBeInTheDocument();
  });
});
