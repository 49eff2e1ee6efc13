/**
 * Runs `run` once the next frame has been painted: a rAF callback runs just before a frame's
 * paint, a task it posts runs after it. A page in a background tab paints no frame until it is
 * shown: then `run` runs at once. Pure DOM, no imports: the dashboard's boot script uses it too.
 */
export function afterNextPaint(run: () => void, win: Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'document'> = window): void {
  if (win.document.visibilityState === 'hidden') run();
  else win.requestAnimationFrame(() => win.setTimeout(run, 0));
}
