import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe } from '../../../testing/builders';
import { deferred, mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { LoginForm } from './login-form';

describe('LoginForm', () => {
  it('should show the API message when the log-in is refused with 401', async () => {
    const { calls } = mockFetch([
      {
        method: 'POST',
        path: '/api/auth/login',
        status: 401,
        body: {
          statusCode: 401,
          code: 'INVALID_CREDENTIALS',
          message: 'Deze combinatie van inlognaam en wachtwoord kennen we niet.',
        },
      },
    ]);
    const onLoggedIn = jest.fn();
    const { user } = renderWithProviders(<LoginForm onLoggedIn={onLoggedIn} />);

    await user.type(screen.getByLabelText('Inlognaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'niet-het-goede');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze combinatie van inlognaam en wachtwoord kennen we niet.',
    );
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('');
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(calls[0]?.body).toEqual({ login: 'sanne', password: 'niet-het-goede' });
  });

  it('should disable the button while the log-in is on its way', async () => {
    const answer = deferred();
    const me = buildMe({ displayName: 'Sanne' });
    mockFetch([{ method: 'POST', path: '/api/auth/login', body: { me }, until: answer.promise }]);
    const onLoggedIn = jest.fn();
    const { user } = renderWithProviders(<LoginForm onLoggedIn={onLoggedIn} />);

    await user.type(screen.getByLabelText('Inlognaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'welkom-bij-spiegel');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('button', { name: 'Bezig met inloggen…' })).toBeDisabled();
    answer.resolve();
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(me));
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  });

  it('should name the empty fields and not send anything when nothing is filled in', async () => {
    const { fn } = mockFetch([]);
    const { user } = renderWithProviders(<LoginForm onLoggedIn={jest.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const login = screen.getByLabelText('Inlognaam');
    expect(login).toHaveAttribute('aria-invalid', 'true');
    expect(login).toHaveAccessibleDescription('Vul je inlognaam in.');
    expect(login).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription('Vul je wachtwoord in.');
    expect(fn).not.toHaveBeenCalled();
  });

  it('should send the CSRF token from the cookie with the log-in', async () => {
    document.cookie = 'spiegel_csrf=token-from-cookie-0123456789';
    const { calls } = mockFetch([{ method: 'POST', path: '/api/auth/login', body: { me: buildMe() } }]);
    const { user } = renderWithProviders(<LoginForm onLoggedIn={jest.fn()} />);

    await user.type(screen.getByLabelText('Inlognaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'welkom-bij-spiegel');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.headers['x-csrf-token']).toBe('token-from-cookie-0123456789');
    document.cookie = 'spiegel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });
});
