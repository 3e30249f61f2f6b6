/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ['**/.*', '**/*.test.*', '**/*.server.ts', '**/components/**', '**/*.css'],
  serverModuleFormat: 'esm',
  // Keep serverDependenciesToBundle at its default: bundling PGlite loses its WASM files and
  // bundling argon2 breaks its native loader.
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
}
