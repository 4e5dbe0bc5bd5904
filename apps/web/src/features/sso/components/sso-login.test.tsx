import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { SsoLogin } from './sso-login';

describe('SsoLogin', () => {
  it('should look up the organisation by the work address and say so when it has no own log-in', async () => {
    const { calls } = mockFetch([
      {
        path: '/api/sso/discover?email=jan%40elders.nl',
        body: { available: false, organisationName: null, startUrl: null },
      },
    ]);
    const { user } = renderWithProviders(<SsoLogin organisationSlug={null} />);
    expect(screen.getByRole('heading', { name: 'Inloggen met je organisatie' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Je werkmailadres'), 'jan');
    await user.click(screen.getByRole('button', { name: 'Verder via je organisatie' }));
    expect(await screen.findByText(/Vul je volledige werkmailadres in/)).toBeInTheDocument();
    expect(calls).toEqual([]);

    await user.type(screen.getByLabelText(/Je werkmailadres/), '@elders.nl');
    await user.click(screen.getByRole('button', { name: 'Verder via je organisatie' }));
    expect(await screen.findByText(/kennen we geen inloggen via de organisatie/)).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toEqual(['/api/sso/discover?email=jan%40elders.nl']);
  }, 20_000); // typing character by character is slow on a shared, busy machine

  it('should offer one button for the organisation named in the log-in link', async () => {
    mockFetch([
      {
        path: '/api/sso/discover?organisation=ggz-noord',
        body: { available: true, organisationName: 'GGZ Noord', startUrl: '/api/sso/ggz-noord/start' },
      },
    ]);
    renderWithProviders(<SsoLogin organisationSlug="ggz-noord" />);
    expect(
      await screen.findByText('Medewerkers van GGZ Noord loggen in met hun account van het werk.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verder via je organisatie' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Je werkmailadres')).not.toBeInTheDocument();
  });
});
