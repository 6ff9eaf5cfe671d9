#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled dist/ so start-up does not pay for a TypeScript loader.
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`crosswire: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);
