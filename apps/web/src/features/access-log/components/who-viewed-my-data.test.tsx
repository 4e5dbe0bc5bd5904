import { describe, expect, it } from '@jest/globals';
import type { AccessLogEntry } from '@spiegel/domain';
import { screen, within } from '@testing-library/react';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { WhoViewedMyData } from './who-viewed-my-data';

const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
  id: '1',
  at: '2026-12-07T10:00:00.000Z',
  action: 'insight.dashboard_view',
  actor: 'Femke',
  actorId: 'f',
  actorRole: 'facilitator',
  subject: null,
  subjectId: null,
  othersShown: 8,
  targetType: 'room',
  targetId: 'r',
  details: {},
  ...over,
});

describe('WhoViewedMyData', () => {
  it('should say who did what in plain words, newest first, and load older entries on request', async () => {
    const { calls } = mockFetch([
      {
        path: '/api/me/audit?limit=25',
        body: {
          entries: [
            entry({ id: '9' }),
            entry({ id: '8', action: 'auth.login_failed', actor: null, actorRole: null }),
            entry({ id: '7', action: 'some.new_thing', actor: 'Anouk', actorRole: 'admin' }),
          ],
          nextBefore: '7',
        },
      },
      {
        path: '/api/me/audit?before=7&limit=25',
        body: {
          entries: [entry({ id: '3', action: 'members.list', actor: 'Anouk', actorRole: 'admin' })],
          nextBefore: null,
        },
      },
    ]);
    const { user } = renderWithProviders(<WhoViewedMyData />);
    const list = await screen.findByRole('list', { name: 'Wie heeft mijn gegevens bekeken, nieuwste eerst' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Femke (begeleider)groepsdashboard bekeken'),
      expect.stringContaining('Iemand (niet ingelogd)mislukte inlogpoging'),
      expect.stringContaining('Anouk (beheerder)actie some.new_thing'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Oudere tonen' }));
    expect(await within(list).findByText('ledenlijst bekeken')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oudere tonen' })).not.toBeInTheDocument();
    expect(calls.map((c) => c.path)).toEqual(['/api/me/audit?limit=25', '/api/me/audit?before=7&limit=25']);
  });

  it('should say so when nobody looked', async () => {
    mockFetch([{ path: '/api/me/audit?limit=25', body: { entries: [], nextBefore: null } }]);
    renderWithProviders(<WhoViewedMyData />);
    expect(await screen.findByText('Nog niemand heeft jouw gegevens bekeken.')).toBeInTheDocument();
  });
});
