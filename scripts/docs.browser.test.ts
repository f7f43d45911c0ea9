/**
 * The published reference, as a reader gets it: built by `pnpm run docs` into a temporary folder and
 * opened in Debian's Chromium with the network cut off. Every request that is not the page itself
 * is blocked and counted.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '@cantila/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, externalLoads, pageTitle, type DocsBuild } from './docs.ts';
import { markdownLinks } from './lib/markdown-links.ts';
import { loadSpecModel } from '@cantila/spec-model';
import { repoRoot } from './lib/paths.ts';

const hasChromium = existsSync(chromiumPath);
const screenshotDir = join(repoRoot, '.screenshots');
const model = loadSpecModel();
const spec = model.document as any;
const tagGroups: { name: string; tags: string[] }[] = spec['x-tagGroups'] ?? [];
// An operation a reader of the reference looks up often: it needs `deploy` and takes a body.
const showcase = model.operation('POST /projects/{project}/deploys');

let dir: string;
let build: DocsBuild;
let html: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cantila-docs-'));
  build = await buildDocs(join(dir, 'index.html'));
  html = await readFile(build.file, 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the built page', () => {
  it('is one self-contained HTML file with the reference title', () => {
    expect(html).toContain(`<title>${pageTitle}</title>`);
    expect(externalLoads(html)).toEqual([]);
    expect(html).not.toContain('cdn.redoc.ly');
    expect(html).not.toContain('cdn.redocly.com/redoc/');
    expect(build.bytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('Chromium', () => {
  it(`is installed at ${chromiumPath} for the browser tests`, (context) => {
    if (hasChromium) return;
    const message = `Chromium is not installed at ${chromiumPath}: the docs browser tests did NOT run. Install it with \`apt-get install -y chromium\`.`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
    context.skip(message);
  });
});

describe.skipIf(!hasChromium)('the page in Chromium, offline', () => {
  let browser: Browser;
  let browserContext: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const blocked: string[] = [];
  const requested: string[] = [];
  const pageErrors: string[] = [];

  /** Navigates within the page and waits until Redoc shows the section the hash names; `false` if it never does. */
  const openSection = async (hash: string): Promise<boolean> => {
    await page.evaluate((target) => (window.location.hash = target), hash);
    return page
      .waitForFunction(
        () => {
          const route = decodeURIComponent(window.location.hash.slice(1));
          return Boolean(document.querySelector(`[data-section-id="${CSS.escape(route)}"]`) ?? document.getElementById(route.slice(1)));
        },
        null,
        { timeout: 3_000 },
      )
      .then(() => true)
      .catch(() => false);
  };

  // Under load Chromium may not have painted the section it just scrolled to; two animation frames later it has.
  const screenshot = async (name: string): Promise<void> => {
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, name) });
  };

  beforeAll(async () => {
    pageUrl = pathToFileURL(build.file).href;
    browser = await launchChromium();
    browserContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await browserContext.route('**/*', async (route) => {
      if (route.request().url() === pageUrl) return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    browserContext.on('request', (request) => {
      const url = request.url();
      if (url !== pageUrl && !url.startsWith('data:') && !url.startsWith('blob:')) requested.push(url);
    });
    page = await browserContext.newPage();
    page.on('websocket', (socket) => requested.push(socket.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(pageUrl);
    // Redoc has rendered and indexed the reference once the search box stops saying "Loading…".
    await page
      .getByTestId('search-trigger')
      .getByText(/^Search/)
      .waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with zero outside requests and no page errors', () => {
    expect(blocked).toEqual([]);
    expect(requested).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the product name and every tag group with its tags in the navigation', async () => {
    const menu = page.locator('[data-component-name="Menu/Menu"]');
    await expect(page.getByTestId('logo').getByAltText('Cantila API').isVisible()).resolves.toBe(true);
    expect(tagGroups.map((group) => group.name)).toContain('Guides');
    for (const group of tagGroups) {
      await expect(menu.getByText(group.name, { exact: true }).first().isVisible(), `tag group ${group.name}`).resolves.toBe(true);
      for (const tag of group.tags) {
        await expect(
          menu
            .getByText(spec.tags.find((t: { name: string }) => t.name === tag)?.['x-displayName'] ?? tag, { exact: true })
            .first()
            .isVisible(),
          `tag ${tag}`,
        ).resolves.toBe(true);
      }
    }
  });

  it("shows an operation's required scopes, the act-as header and its curl and TypeScript samples", async () => {
    expect(showcase, 'POST /projects/{project}/deploys is in the spec').toBeDefined();
    const { operationId, scope, raw: operation } = showcase!;
    expect(await openSection(`#/operation/${operationId}`)).toBe(true);
    const section = page.locator(`[data-section-id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
    await expect(section.getByText(String(operation.summary), { exact: true }).first().isVisible()).resolves.toBe(true);

    const security = section.locator('[data-component-name="Panel/Panel"]').filter({ hasText: 'Security' });
    await expect(security.innerText()).resolves.toMatch(new RegExp(`bearerAuth\\s*\\(Required scopes:\\s*${scope}\\s*\\)`));
    await expect(section.getByText('X-Cantila-Act-As', { exact: true }).first().isVisible()).resolves.toBe(true);

    const code = section.getByTestId('source-code').first();
    await expect(code.innerText()).resolves.toContain('curl -X POST https://api.cantila.app/v1/projects/web-shop/deploys');
    await screenshot('docs-operation.png');

    await section.getByRole('button', { name: 'curl' }).click();
    await page.getByRole('menuitem', { name: 'TypeScript' }).click();
    await expect(code.innerText()).resolves.toContain("import { createClient } from '@cantila/client';");
    await expect(code.innerText()).resolves.toContain("cantila.POST('/projects/{project}/deploys'");
  });

  it('finds an operation with search', async () => {
    const summary = String(showcase!.raw.summary);
    await page.getByTestId('search-trigger').click();
    await page.keyboard.type(summary);
    await expect(page.getByText(summary, { exact: true }).last().isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
  });

  it('has no broken links: every in-page link opens a section, every other link is absolute', async () => {
    const links = markdownLinks(spec);
    const rendered = await page
      .locator('[data-component-name="Markdown/Markdown"] a[href]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    const inPage = [...new Set([...links.map((link) => link.href), ...rendered].filter((href) => href.startsWith('#')))];
    expect(inPage.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const href of inPage) {
      if (!(await openSection(href)))
        broken.push(
          `${href} (in ${
            links
              .filter((link) => link.href === href)
              .map((link) => link.where)
              .join(', ') || 'the rendered page'
          })`,
        );
    }
    expect(broken).toEqual([]);
    const elsewhere = links.filter((link) => !link.href.startsWith('#') && !/^(https:\/\/|mailto:)/.test(link.href));
    expect(elsewhere, 'links that cannot work in a single page (relative) or are not https').toEqual([]);
  });

  it('renders the overview, and saves a screenshot of it', async () => {
    expect(await openSection('#/')).toBe(true);
    await expect(page.getByText('Base URL', { exact: true }).first().isVisible()).resolves.toBe(true);
    await screenshot('docs-overview.png');
    expect(existsSync(join(screenshotDir, 'docs-overview.png'))).toBe(true);
  });

  it('made no outside request and had no page error after all of the above', () => {
    expect(blocked).toEqual([]);
    expect(requested).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
