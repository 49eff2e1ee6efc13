// Component tests (the `dom` project in vite.config.ts): jest-dom's matchers, and a clean
// document after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// A browser applies SVG's `display` presentation attribute as the `display` property (the chart
// kit hides filtered marks so, src/charts/kit/marks.tsx); jsdom does not. This rule does the same
// here, so queries by role and `toBeVisible` see a hidden mark as a reader's browser does.
const svgPresentation = document.createElement('style');
svgPresentation.textContent = 'svg [display="none"] { display: none; }';
// Each test gets it, even after one that emptied <head>.
beforeEach(() => {
  if (!svgPresentation.isConnected) document.head.append(svgPresentation);
});

afterEach(() => cleanup());
