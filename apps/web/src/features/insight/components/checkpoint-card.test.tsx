import { describe, expect, it } from '@jest/globals';
import { scoreCheckpoint } from '@spiegel/domain';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { CellValue } from './cell-value';
import { CheckpointCard } from './checkpoint-card';

const input = {
  participants: 8,
  projectie: { taggedEarly: 10, projectieEarly: 7, taggedLate: 10, projectieLate: 2, stuck: 1 },
  herkenning: { gave: 5, received: 4, kantelpuntDays: [3, 4.375, 8, 16, 17] },
  gelijkwaardigheid: {
    members: 9,
    contributions: 24,
    gini: 0.33,
    facilitatorShareOfVoice: 0.276,
    facilitatorShareOfMembers: 0.111,
    silent: 1,
  },
  verbinding: {
    contributions: 24,
    outsideSessions: 20,
    withTwoWay: 4,
    alumniMeasured: 0,
    alumniActive: 0,
    alumniScored: 0,
    alumniHigh: 0,
  },
  getuigenis: { reachedGetuigenis: 1, alumniReachedGetuigenis: 0, mentorsOptedIn: 0, mentorshipsFormed: 0 },
};

describe('CellValue', () => {
  it('should show "< 5" for a suppressed cell and say why to screen readers', () => {
    renderWithProviders(<CellValue cell={{ value: null, suppressed: true }} unit="count" />);
    expect(screen.getByText('< 5')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('minder dan 5, om privacyredenen niet getoond')).toBeInTheDocument();
  });

  it('should format a shown cell by its unit', () => {
    renderWithProviders(<CellValue cell={{ value: 0.625, suppressed: false }} unit="share" />);
    expect(screen.getByText('63 %')).toBeInTheDocument();
  });
});

describe('CheckpointCard', () => {
  it('should show the score, the light in words, the formula, the figures with "< 5" and the interventions', () => {
    renderWithProviders(<CheckpointCard checkpoint={scoreCheckpoint('herkenning', input)} index={1} />);
    const card = screen.getByRole('article', { name: '2. Faciliteer herkenning' });
    expect(within(card).getByText('69')).toBeInTheDocument();
    expect(within(card).getByText('Oranje: vraagt aandacht')).toBeInTheDocument();
    expect(within(card).getByText(/Score = 100 × \(0,35 × G/)).toBeInTheDocument();
    const figures = within(card).getByRole('table', { name: 'De cijfers erachter' });
    expect(
      within(figures).getByRole('row', { name: /Deelnemers die herkenning gaven 5/ }),
    ).toBeInTheDocument();
    expect(
      within(figures).getByRole('row', { name: /Deelnemers die herkenning ontvingen/ }),
    ).toHaveTextContent('< 5');
    expect(
      within(card).getByText(/Breng mensen samen van wie de verhalen over hetzelfde gaan/),
    ).toBeInTheDocument();
  });

  it('should lead with one plain sentence and keep the formula behind "Hoe berekend?"', async () => {
    const { user } = renderWithProviders(
      <CheckpointCard checkpoint={scoreCheckpoint('herkenning', input)} index={1} />,
    );
    const card = screen.getByRole('article', { name: '2. Faciliteer herkenning' });
    expect(within(card).getByText('Herkenning komt op gang, maar nog niet bij iedereen.')).toBeVisible();
    const formula = within(card).getByText(/Score = 100 × \(0,35 × G/);
    expect(formula).not.toBeVisible();
    expect(
      within(card).getByRole('table', { name: 'Onderdelen van de score', hidden: true }),
    ).not.toBeVisible();
    await user.click(within(card).getByText('Hoe berekend?'));
    expect(formula).toBeVisible();
  });

  it('should say why there is no score for a small group', () => {
    renderWithProviders(
      <CheckpointCard checkpoint={scoreCheckpoint('projectie', { ...input, participants: 3 })} index={0} />,
    );
    expect(screen.getByText('Geen score')).toBeInTheDocument();
    expect(screen.getByText('Minder dan 5 deelnemers: om privacyredenen geen score.')).toBeInTheDocument();
  });
});
