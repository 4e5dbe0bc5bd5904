import '@testing-library/jest-dom/jest-globals';
import { afterEach, beforeEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';
import { i18n } from '../i18n';
import { accessLogNl } from '../i18n/access-log.nl';
import { codingNl } from '../i18n/coding.nl';
import { outreachNl } from '../i18n/outreach.nl';
import { resetFirstContent } from '../lib/first-content';

// Components are tested without their routes: every page's Dutch texts are there (router.tsx loads them per page).
i18n.addResourceBundle('nl', 'translation', { ...codingNl, ...accessLogNl, ...outreachNl }, true, false);

// findBy…/waitFor wait up to 1 s by default. Pages draw their data in deferred renders (React yields
// between slices), and on the shared, loaded machine jsdom then took longer than that while the same
// tests pass alone (main's room-view spec already missed it once at load 22). What is asserted is unchanged.
configure({ asyncUtilTimeout: 5000 });

// jsdom has <dialog> but not its modal behaviour; enough of it for component tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

beforeEach(async () => {
  // Components are tested with the page's first content drawn (what waits for it starts at once);
  // first-content.test.tsx and socket-provider.test.tsx test the wait itself.
  resetFirstContent(true);
  window.localStorage.clear();
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
});
