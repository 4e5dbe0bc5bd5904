import { describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS } from './seed/demo-seed.js';
import { formatStartBanner } from './start-banner.js';

describe('formatStartBanner', () => {
  const banner = formatStartBanner('http://localhost:3000', {
    organisationName: 'Herstelacademie De Brug',
    created: false,
    accounts: DEMO_ACCOUNTS,
  });

  it('should give the address and every demo person with a role people understand', () => {
    expect(banner).toContain('Spiegel draait op http://localhost:3000');
    for (const a of DEMO_ACCOUNTS)
      expect(banner).toMatch(new RegExp(`^ {4}${a.login} +\\S+ +${a.displayName} `, 'm'));
    expect(banner).toMatch(/^ {4}beheer +beheerder +Anouk /m);
    expect(banner).toMatch(/^ {4}ruben +begeleider +Ruben /m);
  });

  it('should say who the alumni are and who the mentor is', () => {
    expect(banner).toMatch(/^ {4}iris +deelnemer +Iris +oud-deelnemer Najaar, mentor \(van Bas\)$/m);
    for (const login of ['noor', 'bas', 'wim'])
      expect(banner).toMatch(new RegExp(`^ {4}${login} .*oud-deelnemer`, 'm'));
    expect(banner).toMatch(/^ {4}sanne .*Groep Voorjaar$/m);
  });

  it('should leave the demo out when none was seeded, and always say how to stop', () => {
    const plain = formatStartBanner('https://spiegel.example', null);
    expect(plain).not.toContain('Demo-organisatie');
    expect(plain).toContain('Stoppen: Ctrl-C');
  });

  it('should say where mail goes: the catcher for the demo, SMTP_URL, or nowhere', () => {
    const demo = { organisationName: 'Herstelacademie De Brug', created: true, accounts: DEMO_ACCOUNTS };
    expect(formatStartBanner('http://localhost:3000', demo, undefined, 'catcher')).toMatch(
      /^ {2}E-mails: niet verstuurd maar bewaard: bekijk ze onder Beheer → E-mails \(log in als beheer\)$/m,
    );
    expect(formatStartBanner('https://x.example', null, undefined, 'smtp')).toMatch(
      /^ {2}E-mails: via de mailserver in SMTP_URL$/m,
    );
    expect(formatStartBanner('https://x.example', null, undefined, 'off')).toContain('MAIL_CATCHER=off');
    expect(formatStartBanner('https://x.example', null)).not.toContain('E-mails');
  });
});
