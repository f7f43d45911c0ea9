/** The demo credentials the mock prints at start-up and its README documents: one key per scope, and a session. */
// @ts-nocheck

import type { MockSpec } from './spec.ts';

export interface DemoCredential {
  scope: string;
  /** The header that carries it, as curl's `-H` takes it. */
  header: string;
}

/** `sk_test_<scope>_demo` for each scope of the spec, then the session cookie (the signed-in owner). */
export function demoCredentials(spec: Pick<MockSpec, 'scopes' | 'sessionCookie'>): DemoCredential[] {
  return [
    ...spec.scopes.map((scope) => ({ scope, header: `Authorization: Bearer sk_test_${scope}_demo` })),
    { scope: spec.scopes[spec.scopes.length - 1]!, header: `Cookie: ${spec.sessionCookie}=demo` },
  ];
}
