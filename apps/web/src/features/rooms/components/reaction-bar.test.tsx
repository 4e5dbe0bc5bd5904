import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { buildContribution, buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { ReactionBar } from './reaction-bar';

describe('ReactionBar on a message that needs care', () => {
  it('should offer "Laat weten dat je er bent" instead of "Ik herken dit", and say a facilitator is informed', async () => {
    const c = buildContribution({ careNeeded: true });
    const { calls } = mockFetch([
      {
        method: 'POST',
        path: `/api/contributions/${c.id}/reactions`,
        body: { reactions: [{ kind: 'steun', count: 1, mine: true }] },
      },
    ]);
    const { user } = renderWithProviders(<ReactionBar contribution={c} own={false} care />, {
      session: buildSession(buildMe()),
    });
    expect(screen.queryByRole('button', { name: /Ik herken dit/ })).not.toBeInTheDocument();
    expect(screen.getByText('Een begeleider is op de hoogte.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat weten dat je er bent' }));
    expect(calls.find((x) => x.method === 'POST')?.body).toEqual({ kind: 'steun', on: true });
  });

  it('should keep "Ik herken dit" on an ordinary message', () => {
    renderWithProviders(<ReactionBar contribution={buildContribution()} own={false} />, {
      session: buildSession(buildMe()),
    });
    expect(screen.getByRole('button', { name: 'Ik herken dit' })).toBeInTheDocument();
    expect(screen.queryByText('Een begeleider is op de hoogte.')).not.toBeInTheDocument();
  });
});
