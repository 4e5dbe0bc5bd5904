import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { buildMe } from '../../testing/builders';
import { mockFetch } from '../../testing/mock-fetch';
import { renderWithProviders } from '../../testing/render';
import RegisterRoute from './register';

const preview = {
  organisationName: 'Herstelacademie De Brug',
  role: 'participant',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

async function fillIn(user: ReturnType<typeof renderWithProviders>['user'], pseudonym = 'Noor') {
  await user.type(await screen.findByLabelText('Schuilnaam'), pseudonym);
  await user.type(screen.getByLabelText('Inlognaam'), 'noor');
  await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Account maken' }));
}

describe('RegisterRoute', () => {
  it("should show the invitation's organisation", async () => {
    mockFetch([{ path: '/api/invitations/code-1234', body: preview }]);
    renderWithProviders(<RegisterRoute />, { route: '/uitnodiging/code-1234', path: '/uitnodiging/:code' });

    expect(await screen.findByText('Je bent uitgenodigd voor Herstelacademie De Brug.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Account maken' })).toBeInTheDocument();
  });

  it('should put DISPLAY_NAME_TAKEN on the pseudonym field', async () => {
    const message = 'Deze schuilnaam is al in gebruik in jouw organisatie. Kies een andere.';
    mockFetch([
      { path: '/api/invitations/code-1234', body: preview },
      {
        method: 'POST',
        path: '/api/auth/register',
        status: 409,
        body: { statusCode: 409, code: 'DISPLAY_NAME_TAKEN', message },
      },
    ]);
    const { user } = renderWithProviders(<RegisterRoute />, {
      route: '/uitnodiging/code-1234',
      path: '/uitnodiging/:code',
    });

    await fillIn(user);

    const pseudonym = screen.getByLabelText('Schuilnaam');
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(pseudonym).toHaveAttribute('aria-invalid', 'true');
    expect(pseudonym).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(pseudonym).toHaveFocus();
    expect(screen.getByLabelText('Inlognaam')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('location')).toHaveTextContent('/uitnodiging/code-1234');
  });

  it('should send the code and go home when the account is made', async () => {
    const { calls } = mockFetch([
      { path: '/api/invitations/code-1234', body: preview },
      {
        method: 'POST',
        path: '/api/auth/register',
        status: 201,
        body: { me: buildMe({ displayName: 'Noor' }) },
      },
    ]);
    const { user, client } = renderWithProviders(<RegisterRoute />, {
      route: '/uitnodiging/code-1234',
      path: '/uitnodiging/:code',
    });

    await fillIn(user);

    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      code: 'code-1234',
      displayName: 'Noor',
      login: 'noor',
      password: 'een lange zin als wachtwoord',
    });
    expect(client.getQueryData(['auth', 'session'])).toMatchObject({ me: { displayName: 'Noor' } });
  });

  it('should name the character a pseudonym cannot hold, and allow an emoji', async () => {
    const { calls } = mockFetch([
      { path: '/api/invitations/code-1234', body: preview },
      { method: 'POST', path: '/api/auth/register', status: 201, body: { me: buildMe() } },
    ]);
    const { user } = renderWithProviders(<RegisterRoute />, {
      route: '/uitnodiging/code-1234',
      path: '/uitnodiging/:code',
    });

    await fillIn(user, 'Noor$');
    const pseudonym = screen.getByLabelText('Schuilnaam');
    expect(pseudonym).toHaveAccessibleDescription(
      expect.stringContaining('Het teken „$” (U+0024) kan niet in een schuilnaam.'),
    );
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.clear(pseudonym);
    await user.type(pseudonym, 'Noor 🌻');
    await user.click(screen.getByRole('button', { name: 'Account maken' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ displayName: 'Noor 🌻' });
  });

  it('should explain calmly when the invitation has expired', async () => {
    mockFetch([
      {
        path: '/api/invitations/old-code',
        status: 410,
        body: {
          statusCode: 410,
          code: 'INVITATION_EXPIRED',
          message: 'Deze uitnodiging is verlopen. Vraag om een nieuwe.',
        },
      },
    ]);
    renderWithProviders(<RegisterRoute />, { route: '/uitnodiging/old-code', path: '/uitnodiging/:code' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze uitnodiging is verlopen.');
    expect(screen.getByRole('link', { name: 'Ga naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(screen.queryByLabelText('Schuilnaam')).not.toBeInTheDocument();
  });
});
