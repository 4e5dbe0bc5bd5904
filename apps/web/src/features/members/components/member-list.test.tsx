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
});
