/** The guides say what the spec says: every error code, every status of the lifecycles, everything the seed's reference page states. */
// @ts-nocheck

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidesOf, type Guide } from './lib/guides.ts';
import { loadSpecModel } from '@cantila/spec-model';
import { repoRoot, specRoot } from './lib/paths.ts';

const model = loadSpecModel();
const spec = model.document as any;
const guides = guidesOf(spec);
const guide = (name: string): Guide => {
  const found = guides.find((g) => g.name === name);
  if (!found) throw new Error(`no guide named ${name} among the spec's trait tags`);
  return found;
};
const schema = (name: string) => spec.components.schemas[name];
/** Whether `text` names `value` as code (`queued`), as the guides name every status. */
const namesAsCode = (text: string, value: string): boolean => text.includes(`\`${value}\``);
const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe('the guides', () => {
  it('catalogue every error code with the status the spec gives it', () => {
    const specStatuses = Object.fromEntries([...model.conventions.errorStatuses].map(([code, status]) => [code, String(status)]));
    const catalogue = Object.fromEntries([...guide('Errors').text.matchAll(/^- \*\*(\d{3}) `(\w+)`\*\* — \S/gm)].map((m) => [m[2], m[1]]));
    expect(Object.keys(catalogue).sort()).toEqual([...schema('ErrorCode').enum].sort());
    expect(catalogue).toEqual(specStatuses);
  });

  it('name every status of a deploy and of a custom domain', () => {
    const unnamed = (guideName: string, values: string[]) => values.filter((value) => !namesAsCode(guide(guideName).text, value));
    expect(unnamed('Deploy lifecycle', schema('DeployStatus').enum)).toEqual([]);
    expect(unnamed('Domain lifecycle', schema('DomainStatus').enum)).toEqual([]);
    const deployTriggers: string[] = schema('Deploy').properties.trigger.enum;
    for (const trigger of deployTriggers) expect(guide('Deploy lifecycle').text).toContain(`\`${trigger}\``);
    const recordStatuses: string[] = schema('DnsRecord').properties.status.enum;
    for (const status of recordStatuses) expect(guide('Domain lifecycle').text).toContain(`\`${status}\``);
  });

  it("keep every statement of the product's reference page (the seed)", () => {
    const text = squash(guides.map((g) => g.text).join('\n'));
    const seed = [
      'The Cantila control-plane API is a JSON REST API. Everything the Console and the `cantila` CLI do — deploy, scale, manage domains, read metrics, move billing — runs through these same endpoints.',
      'All endpoints live under a single versioned base, `https://api.cantila.app/v1`.',
      '`GET /projects` means `GET https://api.cantila.app/v1/projects`',
      'There are two ways to authenticate.',
      '| API key | `Authorization: Bearer sk_…` | CLI, scripts, integrations |',
      '| Session cookie | `cantila_session` | The Console (browser) |',
      'API keys are created in the Console under **API keys**, with `cantila keys create`',
      '| `read` | Read-only access — list and inspect resources |',
      '| `deploy` | Everything in `read`, plus deploys, scaling, env, restarts |',
      '| `admin` | Full access including billing, team, and account settings |',
      'curl https://api.cantila.app/v1/me \\ -H "Authorization: Bearer sk_live_xxxxxxxxxxxxxxxxxxxx"',
      '"email": "you@example.com"',
      '"handle": "your-handle"',
      'is the whoami call. Hit it first when wiring a new key to confirm which user and account the credential resolves to',
      'Agency and reseller accounts can operate inside one of their sub-accounts without switching credentials.',
      'curl https://api.cantila.app/v1/projects \\ -H "Authorization: Bearer sk_live_xxxx" \\ -H "X-Cantila-Act-As: client-acme"',
      'With the CLI, the same thing is `--as client-acme`.',
      'The acting user must have access to the target sub-account or the request is rejected with `403 forbidden`',
      'Any non-2xx response returns a JSON body with a stable `error` code and a human-readable `message`',
      '{ "error": "validation", "message": "instances must be a positive integer" }',
      'The exact field set varies by endpoint, but every error carries a message you can surface to a user or log.',
      'Every mutation through the API — including actions taken by agents on your behalf — is recorded to an immutable audit log. Read it back at any time',
      'curl https://api.cantila.app/v1/activity \\ -H "Authorization: Bearer sk_live_xxxx"',
    ];
    expect(seed.filter((statement) => !text.includes(squash(statement)))).toEqual([]);
    for (const [status, meaning] of [
      ['401', 'Unauthenticated'],
      ['403', 'Forbidden'],
      ['404', 'Not found'],
      ['422', 'Validation'],
    ]) {
      expect(guide('Errors').text).toMatch(new RegExp(`\\*\\*${status} \`\\w+\`\\*\\* — ${meaning}`));
    }
  });

  it('are the Guides tag group, and every other tag is in a tag group of the navigation', () => {
    const groups: { name: string; tags: string[] }[] = spec['x-tagGroups'];
    const traitTags = guides.slice(1).map((g) => g.name);
    expect(groups[0]).toEqual({ name: 'Guides', tags: traitTags });
    const grouped = new Set(groups.flatMap((group) => group.tags));
    const tags: string[] = spec.tags.map((tag: { name: string }) => tag.name);
    // Redoc leaves a tag that is in no group out of the navigation altogether.
    expect(tags.filter((tag) => !grouped.has(tag))).toEqual([]);
    const untagged = model.operations.filter(
      (op) => !((op.raw.tags as string[] | undefined) ?? []).some((tag: string) => grouped.has(tag) && !traitTags.includes(tag)),
    );
    expect(untagged.map((op) => op.key)).toEqual([]);
  });

  it('each live in one Markdown file of spec/guides that the spec uses', async () => {
    const source = await readFile(specRoot, 'utf8');
    const files = (await readdir(join(repoRoot, 'spec', 'guides'))).filter((file) => file.endsWith('.md'));
    expect(files.filter((file) => !source.includes(`$ref: guides/${file}`))).toEqual([]);
    expect(files.length).toBe(guides.length);
  });
});
