/** The JSON body the benchmarks' server (and the stubbed fetch) answers every request with: a project, shaped as the spec's Project. */
export const fixtureBody = {
  id: 'prj_2x8Kq3',
  name: 'web-shop',
  region: 'fra1',
  source: { type: 'git', repo: 'https://github.com/acme/web-shop', branch: 'main' },
  status: 'live',
  current_deploy_id: 'dep_9fT2a',
  url: 'https://web-shop.cantila.app',
  created_at: '2024-05-01T09:30:00Z',
  updated_at: '2024-05-02T10:00:00Z',
};
