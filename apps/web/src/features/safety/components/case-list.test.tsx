import { describe, expect, it, jest } from '@jest/globals';
import type { CrisisCaseView } from '@spiegel/domain';
import { act, screen, within } from '@testing-library/react';
import { SocketContext } from '../../../lib/socket';
import { createFakeSocket } from '../../../testing/fake-socket';
import { buildMe, buildRoomMember, buildSession, ROOM_ID } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { useCasesRealtime } from '../hooks/use-cases-realtime';
import { CaseList } from './case-list';

const ME = buildMe().membershipId;
const links = {
  contributionHref: (r: string, c: string) => `/ruimtes/${r}#bericht-${c}`,
  roomHref: (r: string) => `/ruimtes/${r}`,
};

function buildCase(overrides: Partial<CrisisCaseView> = {}): CrisisCaseView {
  return {
    id: 'c1',
    state: 'open',
    severity: 'acute',
    roomId: ROOM_ID,
    roomName: 'Groep Voorjaar',
    contributionId: '42',
    author: buildRoomMember({ displayName: 'Sanne' }),
    owner: null,
    outcome: null,
    note: null,
    raisedAt: '2026-03-18T19:30:00.000Z',
    pickedUpAt: null,
    closedAt: null,
    escalatedAt: null,
    ...overrides,
  };
}

describe('CaseList', () => {
  it('should show who and where without message text, and tell who already has a case when picking up fails', async () => {
    const { calls } = mockFetch([
      { path: '/api/safety/cases?state=active', body: [buildCase()] },
      {
        method: 'POST',
        path: '/api/safety/cases/c1/pick-up',
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'Deze melding is al opgepakt door Femke.' },
      },
    ]);
    const { user } = renderWithProviders(
      <CaseList state="active" myMembershipId={ME} links={links} onOpenRoom={() => undefined} />,
      { session: buildSession(buildMe()) },
    );
    const card = (await screen.findByRole('heading', { name: /Acuut Bericht van Sanne/ })).closest('li')!;
    expect(card).toHaveTextContent('In Groep Voorjaar');
    expect(card).toHaveTextContent('Nog niet opgepakt');
    expect(within(card).getByRole('link', { name: 'Bekijk het bericht' })).toHaveAttribute(
      'href',
      `/ruimtes/${ROOM_ID}#bericht-42`,
    );
    await user.click(within(card).getByRole('button', { name: 'Oppakken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('al opgepakt door Femke');
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/safety/cases/c1/pick-up')).toBe(true);
  });

  it('should let the owner close a case with an outcome and a note, and open the conversation on contact', async () => {
    const mine = buildCase({
      state: 'opgepakt',
      owner: buildRoomMember({ membershipId: ME, displayName: 'Ruben' }),
    });
    const onOpenRoom = jest.fn();
    const { calls } = mockFetch([
      { path: '/api/safety/cases?state=active', body: [mine] },
      { method: 'POST', path: '/api/safety/cases/c1/contact', body: { roomId: 'direct-1' } },
      { method: 'POST', path: '/api/safety/cases/c1/close', body: { ...mine, state: 'afgerond' } },
    ]);
    const { user } = renderWithProviders(
      <CaseList state="active" myMembershipId={ME} links={links} onOpenRoom={onOpenRoom} />,
      { session: buildSession(buildMe()) },
    );
    expect(await screen.findByText('Opgepakt door jou')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oppakken' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Contact opnemen' }));
    await screen.findByRole('button', { name: 'Afronden' });
    expect(onOpenRoom).toHaveBeenCalledWith('direct-1');
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const form = screen.getByRole('form', { name: 'Melding afronden' });
    expect(within(form).getByRole('button', { name: 'Afronden' })).toBeDisabled();
    await user.click(within(form).getByRole('radio', { name: 'Doorverwezen' }));
    await user.type(within(form).getByRole('textbox'), 'Huisarts gebeld.');
    await user.click(within(form).getByRole('button', { name: 'Afronden' }));
    const close = calls.find((c) => c.path === '/api/safety/cases/c1/close');
    expect(close?.body).toEqual({ outcome: 'doorverwezen', note: 'Huisarts gebeld.' });
  });

  it('should follow a case live: a case:changed event refetches the list at once, without waiting for the poll', async () => {
    const fake = createFakeSocket();
    const route = { path: '/api/safety/cases?state=active', body: [buildCase()] as CrisisCaseView[] };
    const { calls } = mockFetch([route]);
    function Page() {
      useCasesRealtime();
      return <CaseList state="active" myMembershipId={ME} links={links} onOpenRoom={() => undefined} />;
    }
    renderWithProviders(
      <SocketContext value={fake.socket}>
        <Page />
      </SocketContext>,
      { session: buildSession(buildMe()) },
    );
    expect(await screen.findByText('Nog niet opgepakt')).toBeInTheDocument();
    const fetched = () => calls.filter((c) => c.path === route.path).length;
    const before = fetched();
    route.body = [
      buildCase({ state: 'opgepakt', owner: buildRoomMember({ membershipId: 'm-f', displayName: 'Femke' }) }),
    ];
    act(() =>
      fake.serverEmit('case:changed', {
        caseId: 'c1',
        kind: 'picked_up',
        state: 'opgepakt',
        at: '2026-03-18T19:31:00.000Z',
      }),
    );
    expect(await screen.findByText(/Opgepakt door Femke/)).toBeInTheDocument();
    expect(fetched()).toBe(before + 1);
  });
});
