import { describe, expect, it } from '@jest/globals';
import type { ContributionView } from '@spiegel/domain';
import { screen, within } from '@testing-library/react';
import {
  buildContribution,
  buildMe,
  buildRoomMember,
  buildSession,
  ROOM_ID,
} from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { timelineFromPage } from '../lib/timeline';
import { roomKeys } from '../api/query-keys';
import { type RoomViewContextValue, RoomViewContext } from '../hooks/room-context';
import { useTimeline } from '../api/get-timeline';
import { ContributionItem } from './contribution-item';

const me = buildMe();
const mine = buildRoomMember({ membershipId: me.membershipId, displayName: me.displayName });
const tag = {
  phase: 'herkenning' as const,
  suggested: 'herkenning' as const,
  confidence: 0.8,
  cues: ['dat heb ik ook'],
  setBy: 'classifier' as const,
};

function Live({ id }: { id: string }) {
  // Reads from the cache, as the room does, so mutations show up.
  const c = useTimeline(ROOM_ID).data?.items.find((x) => x.id === id);
  return c ? <ContributionItem contribution={c} /> : null;
}

function renderItem(contribution: ContributionView, room: Partial<RoomViewContextValue> = {}) {
  const value: RoomViewContextValue = {
    roomId: ROOM_ID,
    roomName: 'Groep Voorjaar',
    roomKind: 'group',
    myMembershipId: me.membershipId,
    isHost: false,
    showPhases: false,
    mutedIds: new Set(),
    ...room,
  };
  const result = renderWithProviders(
    <RoomViewContext value={value}>
      <Live id={contribution.id} />
    </RoomViewContext>,
    { session: buildSession(me) },
  );
  result.client.setQueryData(
    roomKeys.timeline(ROOM_ID),
    timelineFromPage({ items: [contribution], nextBefore: null }),
  );
  return result;
}

describe('ContributionItem phase tag', () => {
  it('should show the author a quiet, correctable suggestion', async () => {
    renderItem(buildContribution({ author: mine, phaseTag: tag }));
    const line = await screen.findByText('Spiegel denkt:');
    expect(line.closest('p')).toHaveTextContent('Spiegel denkt: Herkenning');
    expect(screen.getByRole('button', { name: 'Fase aanpassen' })).toBeInTheDocument();
  });

  it('should show hosts the tag when "fasen tonen" is on, and not when it is off', async () => {
    const c = buildContribution({ phaseTag: tag });
    const { unmount } = renderItem(c, { isHost: true, showPhases: true });
    expect((await screen.findByText('Herkenning')).closest('p')).toHaveTextContent('Fase: Herkenning');
    unmount();
    renderItem(c, { isHost: true, showPhases: false });
    await screen.findByText('Bericht 1');
    expect(screen.queryByText('Herkenning')).not.toBeInTheDocument();
  });

  it('should never show a phase to another participant, even if one were in the data', async () => {
    renderItem(buildContribution({ phaseTag: tag }), { isHost: false, showPhases: true });
    await screen.findByText('Bericht 1');
    expect(screen.queryByText('Herkenning')).not.toBeInTheDocument();
    expect(screen.queryByText(/Spiegel denkt/)).not.toBeInTheDocument();
  });

  it('should let the author pick another phase, or none', async () => {
    const c = buildContribution({ author: mine, phaseTag: tag });
    const { calls } = mockFetch([
      {
        method: 'PUT',
        path: `/api/contributions/${c.id}/phase`,
        body: { ...tag, phase: 'verbinding', setBy: 'author' },
      },
    ]);
    const { user } = renderItem(c);
    await user.click(await screen.findByRole('button', { name: 'Fase aanpassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Welke fase past bij je bericht?' });
    expect(dialog).toHaveTextContent('“dat heb ik ook”');
    expect(within(dialog).getByRole('radio', { name: /Herkenning/ })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: /Verbinding/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(calls.at(-1)?.body).toEqual({ phase: 'verbinding' });
    expect((await screen.findByText('Jouw keuze:')).closest('p')).toHaveTextContent('Jouw keuze: Verbinding');
  });
});

describe('ContributionItem reactions', () => {
  it('should toggle "Ik herken dit" with aria-pressed and the count', async () => {
    const c = buildContribution({ reactions: [{ kind: 'herkenning', count: 2, mine: false }] });
    mockFetch([
      {
        method: 'POST',
        path: `/api/contributions/${c.id}/reactions`,
        body: { reactions: [{ kind: 'herkenning', count: 3, mine: true }] },
      },
    ]);
    const { user } = renderItem(c);
    const button = await screen.findByRole('button', { name: /Ik herken dit/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent('2');

    await user.click(button);

    const pressed = await screen.findByRole('button', { name: /Ik herken dit/, pressed: true });
    expect(pressed).toHaveTextContent('3');
  });

  it('should not offer "Ik herken dit" on your own message, only say how many recognised it', async () => {
    renderItem(
      buildContribution({ author: mine, reactions: [{ kind: 'herkenning', count: 3, mine: false }] }),
    );
    expect(await screen.findByText('3 mensen herkennen dit')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ik herken dit/ })).not.toBeInTheDocument();
  });
});

describe('ContributionItem hidden and deleted', () => {
  it('should say a facilitator hid it, and why, without the text', async () => {
    renderItem(
      buildContribution({ body: null, hidden: { reason: 'persoonlijke gegevens', by: 'facilitator' } }),
    );
    expect(
      await screen.findByText('Verborgen door een groepsbegeleider: persoonlijke gegevens'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ik herken dit/ })).not.toBeInTheDocument();
  });

  it('should say it was hidden after reports while a facilitator looks at it', async () => {
    renderItem(buildContribution({ body: null, hidden: { reason: 'meerdere meldingen', by: 'reports' } }));
    expect(
      await screen.findByText('Verborgen na meldingen, een begeleider kijkt ernaar.'),
    ).toBeInTheDocument();
  });

  it('should show the author their hidden text, marked as only visible to them and the facilitators', async () => {
    renderItem(
      buildContribution({
        author: mine,
        body: 'Mijn tekst',
        hidden: { reason: 'even niet', by: 'facilitator' },
      }),
    );
    expect(await screen.findByText('Mijn tekst')).toBeInTheDocument();
    expect(screen.getByText(/Alleen jij en de begeleiders zien de tekst nog/)).toBeInTheDocument();
  });

  it('should leave only a tombstone for a deleted message', async () => {
    renderItem(buildContribution({ deleted: true, body: null, reactions: [] }));
    expect(await screen.findByText('Dit bericht is verwijderd.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should fold away a muted member, and show it on request', async () => {
    const { user } = renderItem(buildContribution({ body: 'Lange tekst van Sanne' }), {
      mutedIds: new Set(['m-2']),
    });
    expect(await screen.findByText(/Je hebt Sanne gedempt/)).toBeInTheDocument();
    expect(screen.queryByText('Lange tekst van Sanne')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bericht van Sanne tonen' }));
    expect(screen.getByText('Lange tekst van Sanne')).toBeInTheDocument();
  });

  it('should render text as text: never HTML, paragraphs per blank line', async () => {
    renderItem(buildContribution({ body: '<b>vet</b> en <script>x</script>\n\nTweede alinea\nmet regel' }));
    const first = await screen.findByText(/<b>vet<\/b>/);
    expect(first.tagName).toBe('P');
    expect(document.querySelector('b, script')).toBeNull();
    expect(screen.getByText(/Tweede alinea/).textContent).toBe('Tweede alinea\nmet regel');
  });
});
