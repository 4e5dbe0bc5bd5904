import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { peekLogoutReason } from '../hooks/logout-reason';
import { DeleteAccountSection } from './delete-account-section';
import { MyDataSection } from './my-data-section';

function setup(status = 204) {
  const { calls } = mockFetch([
    {
      method: 'DELETE',
      path: '/api/me',
      status,
      body:
        status === 400
          ? { statusCode: 400, code: 'INVALID_CREDENTIALS', message: 'Je wachtwoord klopt niet.' }
          : undefined,
    },
  ]);
  const view = renderWithProviders(
    <>
      <MyDataSection />
      <DeleteAccountSection />
    </>,
    { session: buildSession(buildMe()) },
  );
  return { ...view, calls };
}

describe('Privacy self-service', () => {
  it('should offer the export as a file download', () => {
    setup();
    const link = screen.getByRole('link', { name: 'Download mijn gegevens' });
    expect(link).toHaveAttribute('href', '/api/me/export');
    expect(link).toHaveAttribute('download');
  });

  it('should show the consequences first and send nothing without password and "I understand"', async () => {
    const { user, calls } = setup();
    expect(screen.queryByRole('button', { name: 'Account definitief verwijderen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account verwijderen…' }));
    expect(screen.getByText(/kan dit niet ongedaan worden gemaakt/)).toBeInTheDocument();
    expect(screen.getByText(/stoppen lopende mentorcontacten/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    expect(screen.getByLabelText('Je wachtwoord')).toHaveAccessibleDescription(
      expect.stringContaining('Vul je wachtwoord in.'),
    );
    expect(screen.getByLabelText('Je wachtwoord')).toHaveFocus();
    await user.type(screen.getByLabelText('Je wachtwoord'), 'mijn-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    expect(screen.getByRole('checkbox', { name: /Ik begrijp/ })).toHaveFocus();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
  });

  it('should erase with the chosen mode and log out with a kind word', async () => {
    const { user, calls, client } = setup();
    await user.click(screen.getByRole('button', { name: 'Account verwijderen…' }));
    await user.click(screen.getByRole('radio', { name: /Laten staan, zonder mijn naam/ }));
    await user.type(screen.getByLabelText('Je wachtwoord'), 'mijn-wachtwoord');
    await user.click(screen.getByRole('checkbox', { name: /Ik begrijp/ }));
    await user.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'DELETE')?.body).toEqual({
        password: 'mijn-wachtwoord',
        contributions: 'anonymise',
        confirm: 'VERWIJDER',
      }),
    );
    await waitFor(() => expect(client.getQueryData(['auth', 'session'])).toMatchObject({ me: null }));
    expect(peekLogoutReason()).toBe('accountDeleted');
  });

  it('should say a wrong password deleted nothing, on the password field', async () => {
    const { user } = setup(400);
    await user.click(screen.getByRole('button', { name: 'Account verwijderen…' }));
    await user.type(screen.getByLabelText('Je wachtwoord'), 'fout');
    await user.click(screen.getByRole('checkbox', { name: /Ik begrijp/ }));
    await user.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Je wachtwoord')).toHaveAccessibleDescription(
        expect.stringContaining('Dit wachtwoord klopt niet. Er is niets verwijderd.'),
      ),
    );
  });
});
