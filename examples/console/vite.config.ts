import { defineConfig, type ProxyOptions } from 'vite';

// The Cantila mock (`pnpm mock`); `pnpm dev` starts one and sets this.
const mock = process.env.CANTILA_MOCK_URL ?? 'http://127.0.0.1:4010';

// The API and the mock's development sign-in on the page's own origin: no CORS, and the session cookie
// is the page's. `xfwd` tells the mock when the page came over https, so the cookie is Secure there.
const proxy: Record<string, ProxyOptions> = {
  '/v1': { target: mock, xfwd: true },
  '/__mock': { target: mock, xfwd: true },
};

export default defineConfig({
  server: { proxy },
  preview: { proxy },
});
