// `npm run bench` entry: runs scripts/bench/main.ts (see scripts/runTs.mjs).
// Usage: npm run bench -- [--runs N] [--no-build]
import { runTs } from '../runTs.mjs';

await runTs('/scripts/bench/main.ts', 'bench');
