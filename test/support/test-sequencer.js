// Runs the slowest files first, so that the two workers finish together instead of one waiting out a long
// file at the end. Jest keeps each file's last duration in its cache; a fresh clone (CI) has none, and Jest
// then orders by file size, which put the two-minute crash-safety file near the end. Without a cached
// duration, the one recorded in test/test-durations.json (npm run test:durations) stands in.
const { relative, resolve } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const recorded = require('../test-durations.json');

const ROOT = resolve(__dirname, '../..');

class SlowestFirst extends Sequencer {
  time(test) {
    const seconds = recorded[relative(ROOT, test.path)];
    return super.time(test) ?? (seconds === undefined ? undefined : seconds * 1000);
  }
}

module.exports = SlowestFirst;
