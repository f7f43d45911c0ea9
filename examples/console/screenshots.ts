/**
 * `pnpm screenshots`: the pictures of the example in the READMEs (docs/images/console-*.png), taken in
 * Debian's Chromium on a mock of its own. Run it after changing the page; the tests never write them.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@cantila/chromium';
import { createProject, projectRow, signIn, signOut } from './drive.ts';
import { serveExample } from './serve.ts';

const image = (name: string): string => fileURLToPath(new URL(`../../docs/images/${name}`, import.meta.url));

const example = await serveExample();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 860, height: 600 } });
  await page.goto(`http://127.0.0.1:${example.port}/`);
  await signIn(page, 'usr_8f2a', 'admin');
  await createProject(page, 'console-demo');
  await projectRow(page, 'console-demo').waitFor();
  await page.screenshot({ path: image('console-example.png') });
  await signOut(page);
  await signIn(page, 'usr_3Dq7nL', 'read');
  await createProject(page, 'not-allowed');
  await page.locator('#error').waitFor();
  await page.screenshot({ path: image('console-example-403.png') });
  process.stdout.write('Wrote docs/images/console-example.png and docs/images/console-example-403.png\n');
} finally {
  await browser.close();
  await example.close();
}
