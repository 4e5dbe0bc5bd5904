import { describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { LoginForm } from '../../features/auth/components/login-form';
import { renderWithProviders } from '../../testing/render';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('should switch the text and <html lang> to English and back, and remember the choice', async () => {
    const { user } = renderWithProviders(
      <>
        <LanguageSwitch />
        <LoginForm onLoggedIn={jest.fn()} />
      </>,
    );
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Login name')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('spiegel.lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));

    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem('spiegel.lang')).toBe('nl');
  });

  it('should name each language in its own language, in a labelled group', () => {
    renderWithProviders(<LanguageSwitch />);
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
  });
});
