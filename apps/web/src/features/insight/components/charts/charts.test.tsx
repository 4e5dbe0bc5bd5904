import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../../testing/render';
import { HorizontalBars } from './horizontal-bars';
import { circleLayout, RecognitionGraph } from './recognition-graph';
import { StackedBars } from './stacked-bars';

const counts = (projectie: number, herkenning: number, none = 0) => ({
  projectie,
  herkenning,
  gelijkwaardigheid: 0,
  verbinding: 0,
  getuigenis: 0,
  none,
});

describe('StackedBars', () => {
  it('should give the picture a text alternative and the same numbers in a table beside it', () => {
    renderWithProviders(
      <StackedBars
        title="Berichten per fase, per week"
        categoryLabel="Week van"
        rows={[
          { key: 'w1', label: '2 mrt', counts: counts(6, 2, 2) },
          { key: 'w2', label: '9 mrt', counts: counts(1, 1) },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', { name: /Berichten per fase, per week\. De cijfers staan in de tabel/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Berichten per fase, per week' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Week van',
      'Projectie',
      'Herkenning',
      'Gelijkwaardigheid',
      'Verbinding',
      'Getuigenis',
      'Nog geen fase',
      'Totaal',
    ]);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '2', '0', '0', '0', '2', '10']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2 mrt');
  });

  it('should say so when there is nothing to show', () => {
    renderWithProviders(<StackedBars title="Per bijeenkomst" categoryLabel="Bijeenkomst" rows={[]} />);
    expect(screen.getByText('Nog geen berichten in deze periode.')).toBeInTheDocument();
  });
});

describe('HorizontalBars', () => {
  it('should list every bar in a table, including the ones that are not drawn (< 5)', () => {
    renderWithProviders(
      <HorizontalBars
        title="Deelnemers die een fase bereikten"
        labelHeader="Fase"
        valueHeader="Bereikt"
        noteHeader="Aandeel"
        items={[
          { key: 'projectie', label: 'Projectie', value: 6, display: '6', note: '75 %' },
          { key: 'herkenning', label: 'Herkenning', value: null, display: '< 5', note: '< 5' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Deelnemers die een fase bereikten' });
    expect(within(table).getByRole('row', { name: 'Projectie 6 75 %' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Herkenning < 5 < 5' })).toBeInTheDocument();
  });
});

describe('RecognitionGraph', () => {
  it('should draw who recognised whom and list the same edges by name in a table', () => {
    renderWithProviders(
      <RecognitionGraph
        title="Wie herkende zich in wie"
        nodes={[
          { id: 'a', label: 'Ahmed', isolated: false },
          { id: 'l', label: 'Lotte', isolated: false },
          { id: 'd', label: 'Daan', isolated: true },
        ]}
        edges={[
          { from: 'a', to: 'l', count: 2 },
          { from: 'l', to: 'a', count: 1 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Wie herkende zich in wie/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Wie herkende zich in wie' });
    expect(within(table).getByRole('row', { name: 'Ahmed Lotte 2' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Lotte Ahmed 1' })).toBeInTheDocument();
  });

  it('should place nodes on a circle, the first at the top', () => {
    const [first, second] = circleLayout(4);
    expect(first!.x).toBeCloseTo(210);
    expect(first!.y).toBeCloseTo(60);
    expect(second!.x).toBeCloseTo(360);
    expect(second!.y).toBeCloseTo(210);
  });
});
