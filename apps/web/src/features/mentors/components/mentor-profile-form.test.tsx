import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { buildMe, buildSession } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import type { MyMentorProfile } from '@spiegel/domain';
import { MentorProfileForm } from './mentor-profile-form';

const saved: MyMentorProfile = {
  profile: {
    intro: 'Ik luister graag.',
    themes: ['slaap'],
    languages: ['nl'],
    availability: ['avond'],
    maxMentees: 2,
    status: 'active',
  },
  eligibility: { eligible: true, eligibleIfOptedIn: true, reasons: [] },
  activeMentees: 0,
};

function setup(profile: MyMentorProfile['profile'] = null) {
  const { calls } = mockFetch([{ method: 'PUT', path: '/api/mentors/me', body: saved }]);
  const onSaved = jest.fn();
  const view = renderWithProviders(<MentorProfileForm profile={profile} onSaved={onSaved} />, {
    session: buildSession(buildMe()),
  });
  return { ...view, onSaved, puts: () => calls.filter((c) => c.method === 'PUT') };
}

describe('MentorProfileForm', () => {
  it('should not send a profile without an intro of 10 characters and a moment of availability', async () => {
    const { user, puts } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Over jezelf' }), 'Hoi');
    await user.click(screen.getByRole('button', { name: 'Aanmelden als mentor' }));

    expect(screen.getByRole('textbox', { name: 'Over jezelf' })).toHaveAccessibleDescription(
      expect.stringContaining('Schrijf 10 tot 1000 tekens.'),
    );
    expect(screen.getByRole('textbox', { name: 'Over jezelf' })).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'Wanneer ben je meestal beschikbaar?' }),
    ).toHaveAccessibleDescription('Kies minstens één moment.');
    expect(puts()).toHaveLength(0);
  });

  it('should ask for at least one and at most six languages', async () => {
    const { user, puts } = setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Over jezelf' }),
      'Ik weet hoe lang de avonden zijn.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Avond' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nederlands' }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden als mentor' }));
    const languages = screen.getByRole('group', { name: 'In welke talen kun je een gesprek voeren?' });
    expect(languages).toHaveAccessibleDescription(
      expect.stringContaining('Kies minstens één en hooguit zes talen.'),
    );
    expect(languages).toHaveFocus();
    for (const name of ['Nederlands', 'Engels', 'Arabisch', 'Turks', 'Pools', 'Duits', 'Frans'])
      await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden als mentor' }));
    expect(puts()).toHaveLength(0);
  });

  it('should send the profile with themes, languages and slots in their usual order', async () => {
    const { user, puts, onSaved } = setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Over jezelf' }),
      '  Ik weet hoe lang de avonden zijn.  ',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Slaap' }));
    await user.click(screen.getByRole('checkbox', { name: 'Eenzaamheid' }));
    await user.click(screen.getByRole('checkbox', { name: 'Engels' }));
    await user.click(screen.getByRole('checkbox', { name: 'Weekend' }));
    await user.click(screen.getByRole('checkbox', { name: 'Avond' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Hoeveel mensen/ }), '3 mensen');
    await user.click(screen.getByRole('button', { name: 'Aanmelden als mentor' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(true));
    expect(puts()[0]?.body).toEqual({
      intro: 'Ik weet hoe lang de avonden zijn.',
      themes: ['eenzaamheid', 'slaap'],
      languages: ['nl', 'en'],
      availability: ['avond', 'weekend'],
      maxMentees: 3,
    });
  });

  it('should start from the saved profile and say "Opslaan"', () => {
    setup(saved.profile);
    expect(screen.getByRole('textbox', { name: 'Over jezelf' })).toHaveValue('Ik luister graag.');
    expect(screen.getByRole('checkbox', { name: 'Slaap' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeInTheDocument();
  });
});
