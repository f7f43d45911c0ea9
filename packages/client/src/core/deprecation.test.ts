import { describe, expect, it } from 'vitest';
import { type Deprecated, deprecationNotices } from './deprecation.ts';

const known: Record<string, Deprecated> = {
  'POST /projects/{project}/rollback': { sunset: '2027-06-30', replacement: 'POST /projects/{project}/deploys' },
};

function collect() {
  const lines: string[] = [];
  return {
    lines,
    notices: deprecationNotices(
      (operation) => known[operation],
      (line) => lines.push(line),
    ),
  };
}

const withHeaders = (headers: Record<string, string>) => new Response(null, { status: 204, headers });

describe('deprecation notices', () => {
  it('warn once when calling an operation the spec deprecates, with its sunset and replacement', () => {
    const { lines, notices } = collect();
    notices.calling('POST /projects/{project}/rollback');
    notices.calling('POST /projects/{project}/rollback');
    notices.calling('GET /projects');
    expect(lines).toEqual([
      'cantila: POST /projects/{project}/rollback is deprecated (sunset 2027-06-30); use POST /projects/{project}/deploys',
    ]);
  });

  it("warn once per operation when responses carry Deprecation or Sunset, quoting the server's values", () => {
    const { lines, notices } = collect();
    const headers = { Deprecation: '@1767225600', Sunset: 'Wed, 30 Jun 2027 00:00:00 GMT' };
    notices.received('GET /projects', withHeaders(headers));
    notices.received('GET /projects', withHeaders(headers));
    notices.received('GET /me', withHeaders({ Sunset: 'Wed, 30 Jun 2027 00:00:00 GMT' }));
    notices.received('GET /account', withHeaders({}));
    expect(lines).toEqual([
      'cantila: GET /projects is deprecated (Deprecation: @1767225600, Sunset: Wed, 30 Jun 2027 00:00:00 GMT); see the API changelog',
      'cantila: GET /me is deprecated (Sunset: Wed, 30 Jun 2027 00:00:00 GMT); see the API changelog',
    ]);
  });

  it('print hostile header values cut short, without control characters or secrets', () => {
    const { lines, notices } = collect();
    notices.received('GET /projects', withHeaders({ Deprecation: `sk_live_${'a'.repeat(40)} ${'x'.repeat(5000)}`, Sunset: 'a\u00ffb' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('sk_live_aaaa');
    expect(lines[0]).toContain('Sunset: a?b');
    expect(lines[0]?.length).toBeLessThan(400);
  });

  it('stop at 100 warnings, however many paths a server marks deprecated', () => {
    const { lines, notices } = collect();
    for (let i = 0; i < 1000; i++) notices.received(`GET /things/${i}`, withHeaders({ Deprecation: '@1' }));
    expect(lines).toHaveLength(100);
  });
});
