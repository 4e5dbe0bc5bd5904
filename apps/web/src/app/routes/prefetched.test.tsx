import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { prefetchRoom } from '../../features/rooms/api/prefetch-room';
import { roomKeys } from '../../features/rooms/api/query-keys';
import { buildSession } from '../../testing/builders';
import { deferred, mockFetch } from '../../testing/mock-fetch';
import { renderWithProviders } from '../../testing/render';
import { Prefetched } from './prefetched';

const ROOM = '5b0c6a3e-8d1f-4c2a-9e7b-2f4d6a8c0e1f';

describe('Prefetched', () => {
  it("should ask for the room's data while the room's code is still loading", async () => {
    const code = deferred();
    const { calls } = mockFetch([
      { path: `/api/rooms/${ROOM}`, body: { id: ROOM } },
      { path: `/api/rooms/${ROOM}/contributions?limit=50`, body: { items: [], nextBefore: null } },
      { path: '/api/mutes', body: [] },
    ]);
    // The route's chunk arrives only when the test says so.
    const LazyRoom = lazy(() => code.promise.then(() => ({ default: () => <p>De ruimte</p> })));
    const { client } = renderWithProviders(
      <Prefetched param="roomId" prefetch={prefetchRoom}>
        <LazyRoom />
      </Prefetched>,
      { route: `/ruimtes/${ROOM}`, path: '/ruimtes/:roomId', session: buildSession() },
    );

    expect(screen.getByRole('status')).toHaveTextContent('Even geduld');
    await waitFor(() =>
      expect(calls.map((c) => c.path).sort()).toEqual(
        ['/api/mutes', `/api/rooms/${ROOM}`, `/api/rooms/${ROOM}/contributions?limit=50`].sort(),
      ),
    );
    await waitFor(() => expect(client.getQueryData(roomKeys.detail(ROOM))).toEqual({ id: ROOM }));
    expect(screen.queryByText('De ruimte')).not.toBeInTheDocument();

    await act(async () => code.resolve());
    expect(await screen.findByText('De ruimte')).toBeInTheDocument();
    expect(calls).toHaveLength(3);
  });
});
