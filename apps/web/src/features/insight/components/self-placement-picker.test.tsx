import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MyPathView } from '@spiegel/domain';
import { MyPath } from './my-path';
import { SelfPlacementPicker } from './self-placement-picker';

describe('SelfPlacementPicker', () => {
  it('should explain all five phases in plain words and save the chosen one', async () => {
    const onSave = jest.fn();
    const { user } = renderWithProviders(
      <SelfPlacementPicker current="projectie" pending={false} onSave={onSave} />,
    );
    const group = screen.getByRole('group', { name: 'Waar plaats jij jezelf op dit moment?' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: /Herkenning/ })).toHaveAccessibleDescription(
      /niet de enige bent/,
    );
    // Unchanged: nothing to save.
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Herkenning/ }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenCalledWith('herkenning');
  });
});

function buildPath(overrides: Partial<MyPathView> = {}): MyPathView {
  return {
    selfPlacement: null,
    history: [],
    data: {
      currentPhase: 'projectie',
      currentPhaseSince: '2026-03-03T10:00:00.000Z',
      currentPhaseSignals: 4,
      phasesReached: [{ phase: 'projectie', reachedAt: '2026-03-03T10:00:00.000Z', by: 'evidence' }],
      kantelpunt: null,
      contributions: 4,
      recognitionsGiven: 0,
      recognitionsReceived: 1,
    },
    ...overrides,
  };
}

describe('MyPath', () => {
  it('should save a self-placement and show it beside what the messages suggest, kindly', async () => {
    const placed = buildPath({
      selfPlacement: { phase: 'herkenning', at: '2026-03-29T14:00:00.000Z' },
      history: [{ phase: 'herkenning', at: '2026-03-29T14:00:00.000Z' }],
    });
    const { calls } = mockFetch([
      { method: 'GET', path: '/api/insight/me/path', body: buildPath() },
      { method: 'PUT', path: '/api/insight/me/path', body: placed },
    ]);
    const { user } = renderWithProviders(<MyPath />);
    expect(
      await screen.findByText('Je schreef 4 berichten (alles bij elkaar, in al je groepen en gesprekken).'),
    ).toBeInTheDocument();
    expect(screen.getByText('Anderen herkenden zich 1 keer in jouw verhaal.')).toBeInTheDocument();
    expect(screen.getByText(/Andere deelnemers zien dit nooit/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Herkenning/ }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ phase: 'herkenning' });
    expect(await screen.findByText('Opgeslagen. Je kunt het altijd weer aanpassen.')).toBeInTheDocument();
    expect(screen.getByText(/Dat is iets anders dan waar je jezelf plaatst/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Herkenning/ })).toBeChecked();
  });

  it('should say what the current phase is judged on and since when, apart from the phases first reached', async () => {
    mockFetch([
      {
        method: 'GET',
        path: '/api/insight/me/path',
        body: buildPath({
          data: {
            currentPhase: 'herkenning',
            currentPhaseSince: '2026-12-01T10:00:00.000Z',
            currentPhaseSignals: 6,
            phasesReached: [
              { phase: 'projectie', reachedAt: '2026-10-12T10:00:00.000Z', by: 'evidence' },
              { phase: 'herkenning', reachedAt: '2026-11-02T10:00:00.000Z', by: 'evidence' },
              { phase: 'getuigenis', reachedAt: '2026-11-20T10:00:00.000Z', by: 'facilitator' },
            ],
            kantelpunt: null,
            contributions: 24,
            recognitionsGiven: 2,
            recognitionsReceived: 1,
          },
        }),
      },
    ]);
    renderWithProviders(<MyPath />);
    expect(
      await screen.findByText(
        /^Je berichten laten nu vooral Herkenning zien, sinds .*1 december.*laatste 6 signalen: berichten met een fase en keren dat je je herkende in een ander, in al je groepen\.$/,
      ),
    ).toBeInTheDocument();
    // A phase reached earlier is a moment, never a "sinds" beside the current phase.
    expect(screen.getByText(/^Herkenning: voor het eerst op .*2 november/)).toBeInTheDocument();
    // Reached on a facilitator's word (the rule the report counts with too), and said so.
    expect(
      screen.getByText(/^Getuigenis: op .*20 november.* bevestigd door je begeleider$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Getuigenis, sinds/)).not.toBeInTheDocument();
    expect(screen.getByText(/Je schreef 24 berichten \(alles bij elkaar/)).toBeInTheDocument();
  });
});
