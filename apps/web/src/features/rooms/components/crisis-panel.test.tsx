import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { CrisisPanel } from './crisis-panel';

describe('CrisisPanel', () => {
  it('should say plainly that nobody is watching outside staffed hours, and point to 113 and 112', () => {
    renderWithProviders(<CrisisPanel hostsTold watched={false} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Er kijkt nu niemand van ons mee' })).toHaveFocus();
    expect(screen.getByText(/op dit moment is er niemand van ons bereikbaar/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '113' })).toHaveAttribute('href', 'tel:113');
    expect(screen.getByRole('link', { name: '0800-0113' })).toHaveAttribute('href', 'tel:08000113');
    expect(screen.getByRole('link', { name: /113\.nl/ })).toHaveAttribute('href', 'https://www.113.nl');
    expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  });

  it('should say a facilitator is informed inside staffed hours', () => {
    renderWithProviders(<CrisisPanel hostsTold watched onClose={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Je staat er niet alleen voor' })).toBeInTheDocument();
    expect(screen.getByText(/Een begeleider heeft een seintje gekregen en kijkt nu mee/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '112' })).toBeInTheDocument();
  });
});
