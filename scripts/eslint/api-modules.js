// The API's units for `spiegel/no-module-cycles` (eslint.config.js) and the picture in ARCHITECTURE.md
// (scripts/architecture-tables.mjs). A file belongs to the first pattern that matches its path.
export const API_MODULES = {
  root: 'apps/api/src',
  units: [
    { pattern: '^apps/api/src/modules/([^/]+)/', name: '$1' },
    // The socket gateway sits on top (it calls into modules); the emitter below them (modules call it).
    {
      pattern: '^apps/api/src/realtime/(realtime-emitter|realtime\\.module)\\.ts$',
      name: 'realtime-emitter',
    },
    { pattern: '^apps/api/src/realtime/', name: 'realtime-gateway' },
  ],
};
