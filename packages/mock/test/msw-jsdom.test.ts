// @vitest-environment jsdom
/** `@cantila/mock/msw` in a component test: vitest's jsdom environment, a DOM filled from @cantila/client's answers. */
import { createClient } from '@cantila/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHandlers } from '../src/msw.ts';
import { keyFor } from './support/spec.ts';

const api = createHandlers();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

/** A component's worth of code: the project list, or the error's message with its request id. */
async function renderProjects(root: HTMLElement, apiKey: string): Promise<void> {
  const { data, error, requestId } = await createClient({ apiKey, maxRetries: 0 }).GET('/projects');
  root.replaceChildren(
    ...(error
      ? [Object.assign(document.createElement('p'), { role: 'alert', textContent: `${error.message} (${requestId})` })]
      : data.data.map((project) => Object.assign(document.createElement('li'), { textContent: project.name }))),
  );
}

it('renders the projects the handlers keep, a created one included', async () => {
  expect(typeof window).toBe('object');
  await createClient({ apiKey: keyFor('admin'), maxRetries: 0 }).POST('/projects', { body: { name: 'checkout', region: 'fra1' } });
  const root = document.createElement('ul');
  await renderProjects(root, keyFor('read'));
  expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toContain('checkout');
});

it('renders the Error shape of a forced failure', async () => {
  api.override('GET /projects', { status: 503 });
  const root = document.createElement('div');
  await renderProjects(root, keyFor('read'));
  expect(root.querySelector('[role=alert]')?.textContent).toMatch(/\(req_[A-Za-z0-9]+\)$/);
});
