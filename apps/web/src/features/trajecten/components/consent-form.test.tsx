import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MyEnrolment } from '@spiegel/domain';
import { ConsentForm } from './consent-form';

function buildEnrolment(overrides: Partial<MyEnrolment> = {}): MyEnrolment {
  return {
    id: 'e-1',
    status: 'invited',
    consentFollowUp: false,
    traject: {
      id: 't-1',
      name: 'Voorjaar — Herstel in verbinding',
      description: 'Zes donderdagavonden.',
      startsOn: '2026-03-01',
      endsOn: '2026-04-12',
      status: 'lopend',
      roomId: 'r-1',
    },
    ...overrides,
  };
}

const session = buildSession(buildMe());

function setup(enrolment = buildEnrolment()) {
  const { calls } = mockFetch([
    { method: 'POST', path: '/api/enrolments/e-1/consent', body: { ...enrolment, status: 'active' } },
  ]);
  const onJoined = jest.fn();
  const onNotNow = jest.fn();
  const view = renderWithProviders(
    <ConsentForm enrolment={enrolment} accountHref="/account" onJoined={onJoined} onNotNow={onNotNow} />,
    { session },
  );
  const posts = () => calls.filter((c) => c.method === 'POST');
  return { ...view, posts, onJoined, onNotNow };
}

describe('ConsentForm', () => {
  it('should explain what is recorded and who sees what, with follow-up unticked by default', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Wat er wordt vastgelegd' })).toBeInTheDocument();
    expect(screen.getByText(/alleen jij en de begeleiders/)).toBeInTheDocument();
    expect(screen.getByText('Niemand buiten de groep ziet wat je schrijft.')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /Begeleiders mogen na afloop contact met mij opnemen/ }),
    ).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Ik heb gelezen/ })).not.toBeChecked();
  });

  it('should send nothing when "Ik doe mee" is pressed without agreeing', async () => {
    const { user, posts, onJoined } = setup();
    await user.click(screen.getByRole('button', { name: 'Ik doe mee' }));
    const agree = screen.getByRole('checkbox', { name: /Ik heb gelezen/ });
    expect(agree).toHaveAccessibleDescription(/Vink dit aan als je wilt meedoen/);
    expect(agree).toHaveFocus();
    expect(posts()).toHaveLength(0);
    expect(onJoined).not.toHaveBeenCalled();
  });

  it('should send followUp false when only agreeing', async () => {
    const { user, posts, onJoined } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Ik heb gelezen/ }));
    await user.click(screen.getByRole('button', { name: 'Ik doe mee' }));
    await waitFor(() => expect(onJoined).toHaveBeenCalled());
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body).toEqual({ agree: true, followUp: false });
  });

  it('should send followUp true only when that box is ticked', async () => {
    const { user, posts, onJoined } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Ik heb gelezen/ }));
    await user.click(screen.getByRole('checkbox', { name: /Begeleiders mogen na afloop contact/ }));
    await user.click(screen.getByRole('button', { name: 'Ik doe mee' }));
    await waitFor(() => expect(onJoined).toHaveBeenCalled());
    expect(posts()[0]?.body).toEqual({ agree: true, followUp: true });
  });

  it('should leave the invitation alone on "Nu niet"', async () => {
    const { user, posts, onNotNow } = setup();
    await user.click(screen.getByRole('button', { name: 'Nu niet' }));
    expect(onNotNow).toHaveBeenCalledTimes(1);
    expect(posts()).toHaveLength(0);
  });

  it('should let someone who takes part already change only the follow-up choice', async () => {
    const { user, posts, onJoined } = setup(buildEnrolment({ status: 'active', consentFollowUp: true }));
    expect(screen.queryByRole('checkbox', { name: /Ik heb gelezen/ })).not.toBeInTheDocument();
    const followUp = screen.getByRole('checkbox', { name: /Begeleiders mogen na afloop contact/ });
    expect(followUp).toBeChecked();
    await user.click(followUp);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onJoined).toHaveBeenCalled());
    expect(posts()[0]?.body).toEqual({ agree: true, followUp: false });
  });
});
