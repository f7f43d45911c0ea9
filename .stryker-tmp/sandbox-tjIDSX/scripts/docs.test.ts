// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { externalLoads, inlineFooterLogo } from './docs.ts';

describe('inlineFooterLogo', () => {
  const page = '<img src="https://cdn.redoc.ly/redoc/logo-mini-full.svg"> <img src="https://cdn.redoc.ly/redoc/logo-mini.svg">';

  it('replaces both CDN logos by data: images', () => {
    const inlined = inlineFooterLogo(page);
    expect(inlined).not.toContain('cdn.redoc.ly');
    expect(inlined.match(/src="data:image\/svg\+xml,/g)).toHaveLength(2);
  });

  it('fails, naming the URL, when Redoc stops referencing a logo it is told to inline', () => {
    expect(() => inlineFooterLogo('<img src="https://cdn.redoc.ly/redoc/logo-mini.svg">')).toThrow(/logo-mini-full\.svg/);
  });
});

describe('externalLoads', () => {
  it('finds scripts, stylesheets, preloads, images and module imports from the network', () => {
    const html = [
      '<script src="https://cdn.example/redoc.js"></script>',
      '<link rel="modulepreload" href="https://cdn.example/redoc.js">',
      '<link rel="stylesheet" href="//fonts.example/x.css">',
      '<img alt="x" src="http://img.example/logo.svg">',
      'import { hydrate } from "https://cdn.example/bundle.js";',
    ].join('\n');
    expect(externalLoads(html)).toHaveLength(5);
  });

  it('ignores links a reader clicks and inline data', () => {
    const html = '<a href="https://cantila.app/support">support</a><img src="data:image/svg+xml,%3Csvg%3E"><script>const x = 1;</script>';
    expect(externalLoads(html)).toEqual([]);
  });
});
