/**
 * The data release a page shows (src/data/release.ts), given by the page's shell (dashboard,
 * embed) so every frame can name it inside its exported image without each view passing it on.
 * Null outside a shell (unit tests of one panel): the image then has no data line.
 */
import { createContext } from 'react';
import type { ReleaseInfo } from '../../data/release.ts';

export const DataReleaseContext = createContext<ReleaseInfo | null>(null);
