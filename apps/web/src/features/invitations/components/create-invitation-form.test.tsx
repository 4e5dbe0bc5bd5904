import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildInvitation, buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { CreateInvitationForm } from './create-invitation-form';

const url = 'http://127.0.0.1:3000/uitnodiging/AbCdEfGhIjKlMnOpQrStUv';

describe('CreateInvitationForm', () => {
  it('should show the new link once, with a copy button, until it is put away', async () => {
    const { calls } = mockFetch([
      {
        method: 'POST',
        path: '/api/admin/invitations',
        status: 201,
        body: {
          ...buildInvitation({ note: 'Groep dinsdag', maxUses: 8 }),
          code: 'AbCdEfGhIjKlMnOpQrStUv',
          url,
        },
      },
    ]);
    const { user } = renderWithProviders(<CreateInvitationForm />, {
      session: buildSession(buildMe({ role: 'admin' })),
    });

    await user.selectOptions(screen.getByLabelText('Rol'), 'Deelnemer');
    await user.clear(screen.getByLabelText('Aantal keer te gebruiken'));
    await user.type(screen.getByLabelText('Aantal keer te gebruiken'), '8');
    await user.type(screen.getByLabelText(/Notitie/), 'Groep dinsdag');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));

    const link = await screen.findByRole('textbox', { name: 'Uitnodigingslink' });
    expect(link).toHaveValue(url);
    expect(link).toHaveAttribute('readonly');
    expect(screen.getByText(/wordt maar één keer getoond/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'De uitnodiging is klaar' })).toHaveFocus();
    expect(calls[0]?.body).toEqual({
      role: 'participant',
      expiresInDays: 14,
      maxUses: 8,
      note: 'Groep dinsdag',
    });

    await user.click(screen.getByRole('button', { name: 'Kopieer link' }));
    // user-event puts its own clipboard in place of the browser's.
    await expect(navigator.clipboard.readText()).resolves.toBe(url);
    expect(await screen.findByText('De link is gekopieerd.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ik heb de link bewaard' }));
    expect(screen.queryByDisplayValue(url)).not.toBeInTheDocument();
    expect(screen.queryByText(url)).not.toBeInTheDocument();
  });

  it('should refuse days outside 1 to 90 without asking the API', async () => {
    const { fn } = mockFetch([]);
    const { user } = renderWithProviders(<CreateInvitationForm />);

    await user.clear(screen.getByLabelText('Dagen geldig'));
    await user.type(screen.getByLabelText('Dagen geldig'), '120');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));

    await waitFor(() => expect(screen.getByLabelText('Dagen geldig')).toHaveFocus());
    expect(screen.getByLabelText('Dagen geldig')).toHaveAccessibleDescription(
      expect.stringContaining('Kies een getal van 1 tot 90.'),
    );
    expect(fn).not.toHaveBeenCalled();
  });
});
