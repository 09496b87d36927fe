// In Apps Script a Date's local time is the script's time zone (appsscript.json: Europe/Moscow); the
// offline Workspace runs with the same zone, so `getHours()` means the same here as there. Set before
// jest starts its workers, which inherit it.
process.env.TZ = 'Europe/Moscow';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2019' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
