// Runs the CLI from source, so that tests exercise the code under test without a build.
import { main } from '../../src/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(`crosswire: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);
