import { describe, expect, it } from '@jest/globals';
import type { InsightSessionPicture } from '@spiegel/domain';
import { act, screen } from '@testing-library/react';
import { SocketContext } from '../../../lib/socket';
import { createFakeSocket } from '../../../testing/fake-socket';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { LiveSessionPanel } from './live-session-panel';

const ROOM = 'r-1';
const member = (id: string, name: string) => ({
  membershipId: id,
  displayName: name,
  avatarColor: '#1b6a64',
});

function picture(overrides: Partial<InsightSessionPicture> = {}): InsightSessionPicture {
  return {
    roomId: ROOM,
    from: '2026-03-26T18:00:00.000Z',
    to: '2026-03-26T19:00:00.000Z',
    sessionStartsAt: '2026-03-26T18:30:00.000Z',
    contributions: 3,
    phases: [
      { phase: 'projectie', count: 1 },
      { phase: null, count: 2 },
    ],
    recognitions: { count: 0, edges: [] },
    members: [],
    notYetSpoken: [member('m-2', 'Daan'), member('m-3', 'Kees')],
    equality: {
      gini: 0.2,
      facilitatorShareOfVoice: 0.45,
      facilitatorShareOfMembers: 0.15,
      advice: [{ key: 'equality.tooLittleData', params: { count: 3 } }],
    },
    ...overrides,
  };
}

describe('LiveSessionPanel', () => {
  it('should show the session so far and follow it over the socket, for this room only', async () => {
    const fake = createFakeSocket();
    mockFetch([{ path: `/api/insight/rooms/${ROOM}/session`, body: picture() }]);
    const { user } = renderWithProviders(
      <SocketContext value={fake.socket}>
        <LiveSessionPanel roomId={ROOM} dashboardHref="/ruimtes/r-1/dashboard" />
      </SocketContext>,
    );
    expect(await screen.findByText('3 berichten · 0 herkenningen')).toBeInTheDocument();
    expect(screen.getByText('Daan, Kees')).toBeInTheDocument();
    expect(screen.getByText('Begeleiders: 45 % van de tijd, 15 % van de leden.')).toBeInTheDocument();
    expect(screen.getByText('Nog te weinig berichten (3) voor een betrouwbaar beeld.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard van de groep openen' })).toHaveAttribute(
      'href',
      '/ruimtes/r-1/dashboard',
    );

    // Another room's picture changes nothing; this room's replaces it.
    act(() => fake.serverEmit('insight:session', picture({ roomId: 'r-2', contributions: 99 })));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('3 berichten · 0 herkenningen')).toBeInTheDocument();
    act(() =>
      fake.serverEmit(
        'insight:session',
        picture({
          contributions: 4,
          recognitions: { count: 1, edges: [] },
          notYetSpoken: [member('m-3', 'Kees')],
        }),
      ),
    );
    // The query cache tells its observers on the next tick.
    expect(await screen.findByText('4 berichten · 1 herkenning')).toBeInTheDocument();
    expect(screen.getByText('Kees')).toBeInTheDocument();

    // Collapsible, and it says so.
    const toggle = screen.getByRole('button', { name: 'Deze bijeenkomst, nu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('4 berichten · 1 herkenning')).not.toBeVisible();
  });
});
