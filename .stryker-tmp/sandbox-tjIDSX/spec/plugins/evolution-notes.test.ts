// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { specModel } from '@cantila/spec-model';
import { parse } from 'yaml';
import { bundleSpec } from '../../scripts/bundle.ts';
import { operationsSource } from '../../scripts/generate.ts';

const fixture = new URL('./fixtures/evolution.yaml', import.meta.url).pathname;
const bundled = bundleSpec(fixture).then(({ yaml }) => parse(yaml));

describe('the evolution notes in the reference (cantila/evolution-notes, run by every bundle)', () => {
  it('a deprecated operation, parameter and property lead their description with the sunset date and replacement', async () => {
    const spec = await bundled;
    const operation = spec.paths['/widgets/{widget}/legacy'].get;
    expect(operation.description).toBe(
      '**Deprecated**: stops working on 2027-06-30; use GET /widgets/{widget} instead.\n\nReturns the widget in its old shape.',
    );
    expect(operation.parameters[1].description).toBe(
      '**Deprecated**: stops working on 2027-03-31; use the `tint` query parameter instead.',
    );
    expect(spec.components.schemas.Widget.properties.size.description).toBe(
      '**Deprecated**: stops working on 2027-01-31; use dimensions instead.',
    );
  });

  it('an enum that may grow tells clients to handle unknown values; a closed one does not', async () => {
    const { properties } = (await bundled).components.schemas.Widget;
    expect(properties.status.description).toBe(
      'Where the widget is in its life.\n\nMore values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).',
    );
    expect(properties.stream.description).toBeUndefined();
  });

  it("the deprecated operation reaches the client's operation map, where the client warns before calling it", async () => {
    expect(operationsSource(specModel(await bundled))).toContain(
      `'GET /widgets/{widget}/legacy': { scope: null, deprecated: { sunset: "2027-06-30", replacement: "GET /widgets/{widget}" } },`,
    );
  });
});
