/** Matches a request path against the spec's path templates, compiled once at start-up. */
// @ts-nocheck


/** A route found, with the path parameters still percent-encoded as they came. */
export interface RouteFound<T> {
  value: T;
  params: Record<string, string>;
}

/** The path exists, but not with the method asked for: `allow` lists the methods it has. */
export interface RouteWrongMethod {
  allow: readonly string[];
}

export interface Router<T> {
  /** `undefined` when no path template matches. */
  match(method: string, path: string): RouteFound<T> | RouteWrongMethod | undefined;
}

interface PathRoute<T> {
  regex: RegExp | undefined;
  names: string[];
  byMethod: Map<string, T>;
  allow: string[];
}

const parameter = /\{([^}]+)\}/g;
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function literalSegments(path: string): number {
  return path.split('/').filter((segment) => segment && !segment.includes('{')).length;
}

/** Compiles `{path, method, value}` entries (paths as the spec writes them, methods upper-cased) into a router. */
export function compileRouter<T>(entries: readonly { path: string; method: string; value: T }[]): Router<T> {
  const byPath = new Map<string, PathRoute<T>>();
  for (const { path, method, value } of entries) {
    let route = byPath.get(path);
    if (!route) {
      const names = [...path.matchAll(parameter)].map((m) => m[1]!);
      const regex =
        names.length === 0
          ? undefined
          : new RegExp(
              `^${path
                .split(parameter)
                .map((part, i) => (i % 2 ? '([^/]+)' : escapeRegex(part)))
                .join('')}$`,
            );
      route = { regex, names, byMethod: new Map(), allow: [] };
      byPath.set(path, route);
    }
    route.byMethod.set(method, value);
    route.allow.push(method);
  }
  const literal = new Map([...byPath].filter(([, route]) => !route.regex));
  // Like Prism: a concrete segment wins over a parameter (`/projects/search` before `/projects/{project}`).
  const templated = [...byPath]
    .filter(([, route]) => route.regex)
    .sort(([a], [b]) => literalSegments(b) - literalSegments(a))
    .map(([, route]) => route);

  function found(route: PathRoute<T>, method: string, params: Record<string, string>): RouteFound<T> | RouteWrongMethod {
    const value = route.byMethod.get(method);
    return value === undefined ? { allow: route.allow } : { value, params };
  }

  return {
    match(method, path) {
      const exact = literal.get(path);
      if (exact) return found(exact, method, {});
      for (const route of templated) {
        const m = route.regex!.exec(path);
        if (!m) continue;
        const params: Record<string, string> = {};
        for (const [i, name] of route.names.entries()) params[name] = m[i + 1]!;
        return found(route, method, params);
      }
      return undefined;
    },
  };
}
