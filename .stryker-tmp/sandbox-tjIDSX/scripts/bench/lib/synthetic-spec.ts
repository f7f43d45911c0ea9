/**
 * A larger API made from Cantila's own spec: `factor` − 1 copies of every resource under new names
 * (`/copy-2/projects/{project}`, operationId `getProjectCopy2`, tag `Projects 2`, tag group `Copy 2`),
 * sharing the components, so the spec stays valid and lint-clean and grows only in operations.
 * The public health check is not copied (the lint gate allows one public operation, /health), so
 * 3× and 10× are 217 and 721 operations for today's 73.
 */
// @ts-nocheck

import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { httpMethods } from '@cantila/spec-model';

type Yaml = Record<string, any>;

const publicPath = '/health';

const copyName = (copy: number): string => `copy-${copy}`;

/** Renames the operations of a copied path item: operationId and tags take the copy's number. */
function renameOperations(pathItem: Yaml, copy: number): Yaml {
  for (const method of httpMethods) {
    const operation = pathItem[method];
    if (!operation) continue;
    operation.operationId = `${operation.operationId}Copy${copy}`;
    operation.tags = (operation.tags as string[]).map((tag) => `${tag} ${copy}`);
  }
  return pathItem;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml')).map((entry) => join(entry.parentPath, entry.name));
}

/** Grows the spec in `specDir` (a copy of spec/, rewritten in place) to `factor` times its operations. */
export async function scaleSpec(specDir: string, factor: number): Promise<void> {
  const rootPath = join(specDir, 'openapi.yaml');
  const root = parse(await readFile(rootPath, 'utf8')) as Yaml;
  const originalPaths = Object.entries(root.paths as Record<string, { $ref: string }>);
  const resourceTags = (root.tags as Yaml[]).filter((tag) => !tag['x-traitTag']);
  for (let copy = 2; copy <= factor; copy++) {
    const name = copyName(copy);
    await cp(join(specDir, 'paths'), join(specDir, `paths-${name}`), { recursive: true });
    for (const file of await yamlFiles(join(specDir, `paths-${name}`))) {
      await writeFile(file, stringify(renameOperations(parse(await readFile(file, 'utf8')) as Yaml, copy)));
    }
    for (const [path, item] of originalPaths.filter(([path]) => path !== publicPath))
      root.paths[`/${name}${path}`] = { $ref: item.$ref.replace(/^paths\//, `paths-${name}/`) };
    root.tags.push(...resourceTags.map((tag) => ({ ...tag, name: `${tag.name} ${copy}` })));
    root['x-tagGroups'].push({ name: `Copy ${copy}`, tags: resourceTags.map((tag) => `${tag.name} ${copy}`) });
  }
  await writeFile(rootPath, stringify(root));
}
