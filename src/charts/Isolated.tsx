/**
 * Renders a sentence built with `isolate()` (src/data/text.ts): each isolated run becomes a
 * `<bdi>`, so a right-to-left name cannot pull the digits beside it into its direction
 * ("4,480" read as "084,4"). Plain-text outputs keep the FSI…PDI characters instead.
 */
import { isolatedParts } from '../data/text.ts';

export function Isolated({ text }: { text: string }) {
  return (
    <>
      {isolatedParts(text).map((p, i) => (p.isIsolated ? <bdi key={i}>{p.text}</bdi> : p.text))}
    </>
  );
}
