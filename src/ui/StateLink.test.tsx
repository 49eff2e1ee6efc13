import { act } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { StateLink } from './StateLink.tsx';

describe('StateLink', () => {
  it('takes the address the page renders over the prerendered one when it hydrates', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<StateLink href="/?v=money">Dinero</StateLink>);
    document.body.append(container);
    // A plain <a> keeps the copy's attribute: what this component is for.
    const plain = document.createElement('div');
    plain.innerHTML = renderToString(<a href="/?v=money">Dinero</a>);
    document.body.append(plain);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      hydrateRoot(container, <StateLink href="/?v=money&lang=es">Dinero</StateLink>);
      hydrateRoot(plain, <a href="/?v=money&lang=es">Dinero</a>);
    });
    errors.mockRestore();
    expect(container.querySelector('a')).toHaveAttribute('href', '/?v=money&lang=es');
    expect(plain.querySelector('a')).toHaveAttribute('href', '/?v=money');
    expect(container.querySelector('a')).toHaveTextContent('Dinero');
  });
});
