import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { defaultOutreachPreferences, type OutreachSettingsView } from '@spiegel/domain';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { OutreachPreferencesForm } from './outreach-preferences-form';

const settings = (over: Partial<OutreachSettingsView> = {}): OutreachSettingsView => ({
  email: { address: 'sanne@example.org', verified: true, unverifiedReason: null },
  preferences: defaultOutreachPreferences('participant'),
  quietHours: null,
  consentedAt: null,
  ...over,
});

describe('OutreachPreferencesForm', () => {
  it('should save the chosen kind, frequency and quiet hours, and say so', async () => {
    const saved = settings({ consentedAt: '2026-12-07T10:00:00.000Z' });
    const { calls } = mockFetch([{ method: 'PUT', path: '/api/outreach/me/preferences', body: saved }]);
    const { user } = renderWithProviders(<OutreachPreferencesForm settings={settings()} />);

    const group = screen.getByRole('group', { name: 'Herkenning en reacties op jouw verhalen' });
    await user.click(within(group).getByRole('checkbox', { name: 'Per mail' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Als melding op je apparaten' }));
    await user.selectOptions(within(group).getByLabelText('Hoe vaak'), 'direct');
    await user.type(screen.getByLabelText(/Vanaf/), '22:00');
    await user.type(screen.getByLabelText(/^Tot/), '07:30');
    await user.click(screen.getByRole('button', { name: 'Keuzes opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Je keuzes zijn opgeslagen.');
    const body = calls[0]?.body as {
      preferences: { kind: string; email: boolean; push: boolean; frequency: string }[];
      quietHours: unknown;
    };
    expect(body.preferences.find((p) => p.kind === 'herkenning')).toMatchObject({
      email: true,
      push: true,
      frequency: 'direct',
    });
    expect(body.preferences.filter((p) => p.email)).toHaveLength(1);
    expect(body.quietHours).toEqual({ from: '22:00', to: '07:30', crisisAlways: false });
    // Many role queries over two checkboxes per kind: jsdom needs more than the default 5 s on a busy machine.
  }, 20_000);

  it('should say that mails wait for a confirmed address', () => {
    renderWithProviders(
      <OutreachPreferencesForm
        settings={settings({ email: { address: 'x@example.org', verified: false, unverifiedReason: null } })}
      />,
    );
    expect(screen.getByText(/Mails gaan pas weg als je e-mailadres bevestigd is/)).toBeInTheDocument();
  });
});
