export { checkpoint } from './checkpoint';
export { expectAccessible } from './a11y';
export { CHROMIUM_ARGS, launchBrowser, newVisitor, type Visitor } from './browser';
export { assertBuildsExist, repoRoot, screenshotDir, webIndex } from './paths';
export { screenshot } from './screenshot';
export { connected, DEMO_PASSWORD, heading, logIn, openRoom, timeline, waitUntil } from './people';
export { freePort, type RunningApp, startServer } from './server';
export { type Journey, setUpJourney } from './journey';
