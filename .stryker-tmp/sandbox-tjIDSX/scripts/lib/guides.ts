/** Reads the guides out of the bundled spec: the overview (`info.description`) and every trait tag's description. */
// @ts-nocheck

import type { Json } from '@cantila/spec-model';

type Spec = Json & { info?: { description?: string }; tags?: { name: string; description?: string; 'x-traitTag'?: boolean }[] };

export interface Guide {
  /** The tag's name, or `Overview` for `info.description`. */
  name: string;
  /** The Markdown text, as Redocly inlined it from spec/guides/. */
  text: string;
}

export interface CodeBlock {
  /** The fence's language: `sh`, `ts`, `json`, … */
  lang: string;
  code: string;
  /** `Errors #2`: the guide and the block's position among the guide's blocks. */
  where: string;
}

/** The overview and every guide (`x-traitTag: true`), in reading order. */
export function guidesOf(spec: Spec): Guide[] {
  const tags: { name: string; description?: string; 'x-traitTag'?: boolean }[] = spec.tags ?? [];
  return [
    { name: 'Overview', text: String(spec.info?.description ?? '') },
    ...tags.filter((tag) => tag['x-traitTag'] === true).map((tag) => ({ name: tag.name, text: tag.description ?? '' })),
  ];
}

/** The fenced code blocks of a guide. */
export function codeBlocks(guide: Guide): CodeBlock[] {
  return [...guide.text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    lang: match[1] ?? '',
    code: match[2] ?? '',
    where: `${guide.name} #${index + 1}`,
  }));
}
