import { describe, expect, it } from '@jest/globals';
import {
  completeOutreachPreferences,
  isAllowedPushEndpoint,
  renderPushPayload,
  renderSessionPushPayload,
  wantsPush,
} from './push.js';

describe('renderPushPayload', () => {
  it('should name the kind and place like the e-mail, and link to the room', () => {
    const p = renderPushPayload({
      locale: 'nl',
      notificationKind: 'crisis_alert',
      placeName: 'Groep Voorjaar',
      link: 'https://spiegel.test/ruimtes/r1',
    });
    expect(p).toEqual({
      kind: 'crisis',
      title: 'Een bericht in Groep Voorjaar vraagt aandacht',
      body: 'Open Spiegel om te kijken wie er contact opneemt.',
      url: 'https://spiegel.test/ruimtes/r1',
      tag: 'spiegel-crisis',
    });
  });

  it('should speak English when asked, and say Spiegel where there is no place', () => {
    const p = renderPushPayload({
      locale: 'en',
      notificationKind: 'room_added',
      placeName: null,
      link: 'https://spiegel.test/meldingen',
    });
    expect(p.kind).toBe('community');
    expect(p.title).toBe('There is something new in Spiegel');
    expect(p.body).toBe('Open Spiegel to have a look.');
  });

  it('should use the Dutch calm line for other kinds', () => {
    expect(
      renderPushPayload({ locale: 'nl', notificationKind: 'reply_received', placeName: 'X', link: 'l' }).body,
    ).toBe('Open Spiegel om te kijken.');
    expect(
      renderPushPayload({ locale: 'en', notificationKind: 'crisis_escalated', placeName: 'X', link: 'l' })
        .body,
    ).toBe('Open Spiegel to see who is reaching out.');
  });
});

describe('renderSessionPushPayload', () => {
  const base = {
    trajectName: 'Voorjaar',
    sessionId: 's1',
    startsAt: '2027-03-28T17:00:00Z',
    link: 'https://spiegel.test/trajecten/t1',
  };

  it('should name the traject and the Dutch day and time, and tag the session', () => {
    expect(renderSessionPushPayload({ ...base, locale: 'nl', cancelled: false })).toEqual({
      kind: 'trajecten',
      title: 'Morgen: bijeenkomst van Voorjaar',
      body: 'Zondag 28 maart om 19:00. Open Spiegel voor je traject.',
      url: 'https://spiegel.test/trajecten/t1',
      tag: 'spiegel-session-s1',
    });
  });

  it('should say a cancel plainly, in English too, with the same tag', () => {
    const nl = renderSessionPushPayload({ ...base, locale: 'nl', cancelled: true });
    expect(nl.title).toBe('Bijeenkomst gaat niet door: Voorjaar');
    expect(nl.body).toBe('De bijeenkomst van zondag 28 maart om 19:00 gaat niet door.');
    expect(nl.tag).toBe('spiegel-session-s1');
    const en = renderSessionPushPayload({ ...base, locale: 'en', cancelled: true });
    expect(en.title).toBe('Session cancelled: Voorjaar');
    expect(en.body).toBe('The session on Sunday 28 March at 19:00 will not take place.');
    expect(renderSessionPushPayload({ ...base, locale: 'en', cancelled: false })).toMatchObject({
      title: 'Tomorrow: session of Voorjaar',
      body: 'Sunday 28 March at 19:00. Open Spiegel for your traject.',
    });
  });
});

describe('wantsPush', () => {
  it('should push crisis alerts to staff by default and nothing to participants', () => {
    expect(wantsPush(null, 'facilitator', 'crisis_alert')).toBe(true);
    expect(wantsPush(null, 'admin', 'crisis_escalated')).toBe(true);
    expect(wantsPush(null, 'participant', 'crisis_alert')).toBe(false);
    expect(wantsPush(null, 'facilitator', 'reply_received')).toBe(false);
  });

  it('should follow a saved choice and fill the rest with defaults', () => {
    const saved = [{ kind: 'herkenning' as const, email: false, push: true, frequency: 'weekly' as const }];
    expect(wantsPush(saved, 'participant', 'herkenning_received')).toBe(true);
    expect(wantsPush(saved, 'facilitator', 'crisis_alert')).toBe(true);
    const off = [{ kind: 'crisis' as const, email: true, push: false, frequency: 'direct' as const }];
    expect(wantsPush(off, 'facilitator', 'crisis_alert')).toBe(false);
    expect(completeOutreachPreferences(off, 'admin')).toHaveLength(6);
  });
});

describe('isAllowedPushEndpoint', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/abc',
    'https://updates.push.services.mozilla.com/wpush/v2/abc',
    'https://web.push.apple.com:443/QGx',
  ])('should allow a push service: %s', (url) => {
    expect(isAllowedPushEndpoint(url)).toBe(true);
  });

  it.each([
    'http://fcm.googleapis.com/x',
    'https://127.0.0.1/x',
    'https://10.0.0.1/x',
    'https://[::1]/x',
    'https://localhost/x',
    'https://db.internal/x',
    'https://printer.local/x',
    'https://api.localhost/x',
    'https://intranet/x',
    'https://push.example.org:8443/x',
    'https://user:pw@push.example.org/x',
    'ftp://push.example.org/x',
    'geen url',
    'https://exa mple.org/x',
    'https://[fe80::1]:443/x',
    'https://push.example.org:a:b/x',
    'https://push.example.org:99999999/x',
  ])('should refuse %s', (url) => {
    expect(isAllowedPushEndpoint(url)).toBe(false);
  });

  it('should allow loopback http only when asked (tests)', () => {
    expect(isAllowedPushEndpoint('http://127.0.0.1:4000/push/1', true)).toBe(true);
    expect(isAllowedPushEndpoint('https://localhost:4000/push/1', true)).toBe(true);
    expect(isAllowedPushEndpoint('http://example.org/push/1', true)).toBe(false);
    expect(isAllowedPushEndpoint('http://127.0.0.1:4000/push/1')).toBe(false);
    expect(isAllowedPushEndpoint('HTTPS://FCM.googleapis.com')).toBe(true);
  });
});
