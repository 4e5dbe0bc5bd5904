import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { buildMember } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { MemberList } from './member-list';

const me = buildMember({ membershipId: 'm-1', displayName: 'Anouk', role: 'admin' });
const sanne = buildMember({ membershipId: 'm-2', displayName: 'Sanne' });

describe('MemberList', () => {
  it('should remove a member only after the confirm dialog says yes', async () => {
    const { calls } = mockFetch([
      { path: '/api/admin/members', body: [me, sanne] },
      { method: 'DELETE', path: '/api/admin/members/m-2', status: 204 },
    ]);
    const { user } = renderWithProviders(<MemberList currentMembershipId="m-1" />);

    await user.click(await screen.findByRole('button', { name: 'Sanne verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Lid verwijderen?' });
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Sanne verwijderen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText('Sanne is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1));
  });

  it('should not offer to remove yourself or change your own role', async () => {
    mockFetch([{ path: '/api/admin/members', body: [me, sanne] }]);
    renderWithProviders(<MemberList currentMembershipId="m-1" />);

    expect(await screen.findByRole('combobox', { name: 'Rol van Anouk' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Anouk verwijderen' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rol van Sanne' })).toBeEnabled();
  });

  it('should change a role only after confirming, and say so', async () => {
    const { calls } = mockFetch([
      { path: '/api/admin/members', body: [me, sanne] },
      { method: 'PATCH', path: '/api/admin/members/m-2', status: 204 },
    ]);
    const { user } = renderWithProviders(<MemberList currentMembershipId="m-1" />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rol van Sanne' }), 'Begeleider');
    const dialog = screen.getByRole('dialog', { name: 'Rol wijzigen?' });
    expect(dialog).toHaveTextContent('De rol van Sanne wordt Begeleider.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, wijzigen' }));

    expect(await screen.findByText('De rol van Sanne is nu Begeleider.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ role: 'facilitator' });
  });

  it('should show a password-reset link once, after confirming', async () => {
    const url = 'http://127.0.0.1:3000/wachtwoord-herstellen/token-0123456789abcdef';
    mockFetch([
      { path: '/api/admin/members', body: [me, sanne] },
      {
        method: 'POST',
        path: '/api/admin/members/m-2/password-reset',
        body: { url, token: 'token-0123456789abcdef', expiresAt: '2026-03-20T12:00:00.000Z' },
      },
    ]);
    const { user } = renderWithProviders(<MemberList currentMembershipId="m-1" />);

    await user.click(await screen.findByRole('button', { name: 'Wachtwoordlink maken voor Sanne' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, link maken' }));

    expect(await screen.findByRole('textbox', { name: 'Link voor een nieuw wachtwoord' })).toHaveValue(url);
    expect(screen.getByRole('heading', { name: 'Link voor Sanne' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ik heb de link bewaard' }));
    expect(screen.queryByDisplayValue(url)).not.toBeInTheDocument();
  });
});
