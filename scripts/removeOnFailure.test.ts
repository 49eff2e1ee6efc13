// @vitest-environment node
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOnFailure } from './removeOnFailure.ts';

const outDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return dir;
};

test('a step that fails half-way removes the whole output folder and says so', async () => {
  const dir = outDir();
  const step = async () => {
    writeFileSync(join(dir, 'embed.html'), 'half');
    throw new Error('non-XML character');
  };
  await expect(removeOnFailure(dir, step)).rejects.toThrow(/non-XML character\n\(the build failed, so .* was removed/);
  expect(existsSync(dir)).toBe(false);
});

test('a step that succeeds leaves the output and returns its result', async () => {
  const dir = outDir();
  await expect(removeOnFailure(dir, async () => 42)).resolves.toBe(42);
  expect(existsSync(join(dir, 'index.html'))).toBe(true);
});
