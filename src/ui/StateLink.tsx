import { useLayoutEffect, useRef, type ComponentProps } from 'react';

/**
 * A link to an address made from the view state (a tab, a release), which can differ between a
 * prerendered copy and the page that hydrates it. React keeps a server-rendered attribute that
 * differs from its own at hydration (it patches text, not attributes), so the copy's address
 * stayed: the Spanish copy's tabs name no `lang=`, and a reader whose browser prefers English,
 * on `?lang=es`, opened a tab in a new window and got English. Once mounted, the link carries
 * the address React rendered; after that React keeps it current.
 */
export function StateLink({ href, ...rest }: ComponentProps<'a'> & { href: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    const a = ref.current;
    if (a && a.getAttribute('href') !== href) a.setAttribute('href', href);
  }, [href]);
  return <a ref={ref} href={href} {...rest} />;
}
