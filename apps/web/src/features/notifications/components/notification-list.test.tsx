import { describe, expect, it } from '@jest/globals';
import type { NotificationView } from '@spiegel/domain';
import { screen, within } from '@testing-library/react';
import { buildMe, buildRoomMember, buildSession, ROOM_ID } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { type NotificationLinks, NotificationList } from './notification-list';

const links: NotificationLinks = {
  roomName: (id) => (id === ROOM_ID ? 'Groep Voorjaar' : 'een ruimte'),
  roomHref: (id) => `/ruimtes/${id}`,
  contributionHref: (id, c) => `/ruimtes/${id}#bericht-${c}`,
  reportsHref: (id) => `/ruimtes/${id}#meldingen`,
  requestsHref: '/#verzoeken',
  traject: {
    trajectHref: (id) => `/trajecten/${id}`,
    roomHref: (id) => `/ruimtes/${id}`,
    nazorgHref: '/na-afloop',
    mentorHref: '/mentor',
    findMentorHref: '/mentor-vinden',
  },
};

function notification(overrides: Partial<NotificationView>): NotificationView {
  return {
    id: '1',
    kind: 'crisis_alert',
    roomId: ROOM_ID,
    contributionId: '123',
    actor: buildRoomMember(),
    data: { severity: 'concern' },
    createdAt: '2026-03-18T19:30:00.000Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationList', () => {
  it('should say where and what kind, link to the message, and never show what was written', async () => {
    const { calls } = mockFetch([
      {
        path: /^\/api\/notifications\?limit=30$/,
        body: [
          notification({ id: '2' }),
          notification({
            id: '1',
            kind: 'room_added',
            contributionId: null,
            readAt: '2026-03-18T20:00:00.000Z',
          }),
        ],
      },
      { method: 'POST', path: '/api/notifications/read-all', status: 204 },
      { path: '/api/notifications/unread-count', body: { unread: 0 } },
    ]);
    const { user } = renderWithProviders(<NotificationList links={links} />, {
      session: buildSession(buildMe()),
    });

    const crisis = (await screen.findByText(/schreef iets dat op een crisis kan wijzen/)).closest(
      'li',
    ) as HTMLElement;
    expect(crisis).toHaveTextContent('Iemand in Groep Voorjaar schreef iets dat op een crisis kan wijzen.');
    expect(within(crisis).getByText('Nieuw')).toBeInTheDocument();
    expect(within(crisis).getByRole('link', { name: 'Naar het bericht' })).toHaveAttribute(
      'href',
      `/ruimtes/${ROOM_ID}#bericht-123`,
    );
    expect(screen.getByText('Je bent toegevoegd aan Groep Voorjaar.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Alles gelezen' }));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/notifications/read-all')).toBe(true);
    expect(await screen.findByRole('button', { name: 'Alles gelezen' })).toBeDisabled();
    expect(screen.queryByText('Nieuw')).not.toBeInTheDocument();
  });
});
