// Writes test/test-durations.json, the order the sequencer falls back on, from a Jest --json result file.
const { readFileSync, writeFileSync } = require('node:fs');
const { relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '../..');
const [resultFile] = process.argv.slice(2);
if (!resultFile) throw new Error('usage: node test/support/record-test-durations.js <jest --json output>');

const results = JSON.parse(readFileSync(resultFile, 'utf8')).testResults;
const seconds = results
  .map((file) => [relative(ROOT, file.name), Math.round((file.endTime - file.startTime) / 100) / 10])
  .sort(([, a], [, b]) => b - a);
writeFileSync(resolve(ROOT, 'test/test-durations.json'), `${JSON.stringify(Object.fromEntries(seconds), null, 2)}\n`);
console.log(`Recorded the durations of ${seconds.length} test files in test/test-durations.json`);
