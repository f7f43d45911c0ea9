// @ts-nocheck
import type { Finding, SchemaPair } from './model.ts';

/** A request value that gets `keyword` (`format`, `pattern`), or another value of it: what the old one accepted may now be refused. */
export const requestKeywordChanged =
  (keyword: 'format' | 'pattern') =>
  ({ direction, operation, where, from, to }: SchemaPair): Finding[] =>
    direction === 'request' && to[keyword] !== undefined && from[keyword] !== to[keyword]
      ? [{ operation, message: `${where} ${keyword} ${from[keyword] ? `changed from ${from[keyword]} to` : 'now'} ${to[keyword]}` }]
      : [];
