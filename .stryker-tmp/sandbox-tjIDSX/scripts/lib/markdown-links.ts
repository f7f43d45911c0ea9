/** Finds the Markdown links written in a spec's descriptions: what a reader of the docs can click. */
// @ts-nocheck

import type { Json as Spec } from '@cantila/spec-model';

export interface MarkdownLink {
  /** The link's target as written: `#/errors`, `https://cantila.app/support`, `./guide.md`. */
  href: string;
  /** Where the description is, as a JSON path into the spec: `tags.3.description`. */
  where: string;
}

const inlineLink = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const referenceDefinition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm;

/** Every link in every `description` of the spec, in document order. */
export function markdownLinks(spec: Spec): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...path, String(index)]);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && typeof value === 'string') {
          const where = [...path, key].join('.');
          const prose = value.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
          for (const match of [...prose.matchAll(inlineLink), ...prose.matchAll(referenceDefinition)])
            links.push({ href: match[1] ?? '', where });
        } else visit(value, [...path, key]);
      }
    }
  };
  visit(spec, []);
  return links;
}
