// `npm run release -- <YYYY-MM-DD>`: validates data/ and cuts an immutable release into
// data/releases/<id>/ (scripts/releaseFiles.ts).
import { runTs } from './runTs.mjs';

await runTs('/scripts/release.ts', 'release');
