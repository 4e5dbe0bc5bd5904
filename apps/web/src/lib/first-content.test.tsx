import { describe, expect, it } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import {
  FirstContentFallback,
  isFirstContentDrawn,
  resetFirstContent,
  useFirstContent,
  useFirstContentDrawn,
  whenFirstContentDrawn,
} from './first-content';

function Page({ ready }: { ready: boolean }) {
  useFirstContent(ready);
  return <p>{ready ? 'berichten' : 'laden'}</p>;
}

function Probe() {
  return <p>{useFirstContentDrawn() ? 'getekend' : 'nog niet'}</p>;
}

describe('first content', () => {
  it('should count a page that says nothing as drawn once it is committed', async () => {
    resetFirstContent(false);
    render(
      <>
        <p>Mijn account</p>
        <FirstContentFallback />
        <Probe />
      </>,
    );
    expect(screen.getByText('nog niet')).toBeInTheDocument();
    await screen.findByText('getekend');
  });

  it('should wait for a page that says when its content is drawn, not for the fallback beside it', async () => {
    resetFirstContent(false);
    const drawn = whenFirstContentDrawn();
    const { rerender } = render(
      <>
        <Page ready={false} />
        <FirstContentFallback />
        <Probe />
      </>,
    );
    // Several frames and tasks later, still not drawn: the page claimed it.
    await new Promise((r) => setTimeout(r, 100));
    expect(isFirstContentDrawn()).toBe(false);
    expect(screen.getByText('nog niet')).toBeInTheDocument();

    rerender(
      <>
        <Page ready />
        <FirstContentFallback />
        <Probe />
      </>,
    );
    await act(async () => {
      await drawn;
    });
    expect(screen.getByText('getekend')).toBeInTheDocument();
  });
});
