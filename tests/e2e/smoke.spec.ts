import { test, expect } from './fixtures.ts';

// Tagged @phone: the smoke test also runs in the 360 px phone project.
test('the dashboard loads in a language with its title and no browser errors', { tag: '@phone' }, async ({ page }) => {
  await page.goto('./'); // relative, so a build under BASE_PATH=/atlas/ is tested where it lives

  await expect(page.locator('html')).toHaveAttribute('lang', /^(es|en)(-[A-Za-z]{2})?$/);
  await expect(page.getByRole('heading', { level: 1, name: /Compute Atlas|Atlas del cómputo/ })).toBeVisible();

  // Let the data request settle so an error it causes is seen by the fixture before teardown.
  await page.waitForLoadState('networkidle');
});
