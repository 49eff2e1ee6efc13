// Component tests (the `dom` project in vite.config.ts): jest-dom's matchers, and a clean
// document after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
