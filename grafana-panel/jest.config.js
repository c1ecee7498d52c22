// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const scaffold = require('./.config/jest.config');

module.exports = {
  // Jest configuration provided by Grafana scaffolding
  ...scaffold,
  // Real Hover servers and the real wasm: see jest/.
  testEnvironment: '<rootDir>/jest/environment.js',
  globalSetup: '<rootDir>/jest/hover-servers.js',
  globalTeardown: '<rootDir>/jest/stop-hover-servers.js',
  // d3-color and others ship .mjs; the wasm package (../pkg) is an ES module.
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': scaffold.transform['^.+\\.(t|j)sx?$'] },
};
