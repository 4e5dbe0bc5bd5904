import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { TrajectDetail } from '@spiegel/domain';
import { EditTrajectForm } from './edit-traject-form';

function buildTraject(overrides: Partial<TrajectDetail> = {}): TrajectDetail {
  return {
    id: 't-1',
    name: 'Voorjaar — Herstel in verbindnig',
    description: 'Zes donderdagavonden.',
    startsOn: '2026-03-01',
    endsOn: '2026-04-12',
    status: 'lopend',
    roomId: 'r-1',
    closedEarly: false,
    counts: { invited: 0, active: 6, completed: 0, left: 1 },
    you: { facilitator: true, admin: false, enrolment: null },
    sessions: [],
    facilitators: [],
    enrolments: [],
    ...overrides,
  };
}

const session = buildSession(buildMe({ role: 'facilitator' }));

function setup(traject = buildTraject()) {
  const { calls } = mockFetch([
    {
      method: 'PATCH',
      path: '/api/trajecten/t-1',
      body: { ...traject, name: 'Voorjaar — Herstel in verbinding' },
    },
  ]);
  const onSaved = jest.fn();
  const onCancel = jest.fn();
  const view = renderWithProviders(
    <>
      <h2 id="traject-edit-heading">Gegevens van het traject</h2>
      <EditTrajectForm traject={traject} onSaved={onSaved} onCancel={onCancel} />
    </>,
    { session },
  );
  const patches = () => calls.filter((c) => c.method === 'PATCH');
  return { ...view, patches, onSaved, onCancel };
}

describe('EditTrajectForm', () => {
  it('should send only what changed and report back when saved', async () => {
    const { user, patches, onSaved } = setup();
    const name = screen.getByRole('textbox', { name: /Naam/ });
    expect(name).toHaveFocus(); // opened from a button that is now gone
    await user.clear(name);
    await user.type(name, 'Voorjaar — Herstel in verbinding');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(patches().map((c) => c.body)).toEqual([{ name: 'Voorjaar — Herstel in verbinding' }]);
  });

  it('should refuse an end date before the start, name the problem and send nothing', async () => {
    const { user, patches } = setup();
    const endsOn = screen.getByLabelText(/Einddatum/);
    await user.clear(endsOn);
    await user.type(endsOn, '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(endsOn).toHaveAccessibleDescription(/De einddatum ligt vóór de startdatum/);
    expect(endsOn).toHaveFocus();
    expect(patches()).toEqual([]);
  });

  it('should keep the end date of a completed traject out of reach, and say why', async () => {
    setup(buildTraject({ status: 'afgerond' }));
    expect(screen.queryByLabelText(/Einddatum/)).not.toBeInTheDocument();
    expect(screen.getByText(/de einddatum ligt vast/)).toBeInTheDocument();
  });

  it('should close without a request when nothing changed', async () => {
    const { user, patches, onCancel } = setup();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onCancel).toHaveBeenCalled();
    expect(patches()).toEqual([]);
  });
});
