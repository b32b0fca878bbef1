// Every GitHub REST call a test mocks must exist in GitHub's published OpenAPI description (@octokit/openapi).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type nockType from 'nock';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

const spec = JSON.parse(
  fs.readFileSync(fileURLToPath(import.meta.resolve('@octokit/openapi/generated/api.github.com.json')), 'utf8'),
) as OpenApi;

const templates = Object.entries(spec.paths).map(([tpl, ops]) => ({
  re: new RegExp('^' + tpl.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}|\{[^}]+\}/g, '[^/]+') + '$'),
  tpl,
  methods: new Set(Object.keys(ops).map((m) => m.toUpperCase())),
}));

/** The OpenAPI template documenting `method path` (query ignored), or undefined. GraphQL is its own API. */
export function documentedOperation(method: string, path: string): string | undefined {
  const p = path.split('?')[0];
  if (method.toUpperCase() === 'POST' && p === '/graphql') return 'POST /graphql (GraphQL API)';
  const hit = templates.find((t) => t.re.test(p) && t.methods.has(method.toUpperCase()));
  return hit === undefined ? undefined : `${method.toUpperCase()} ${hit.tpl}`;
}

export const GITHUB_API = 'https://api.github.com';

/** A nock interceptor for GitHub that first checks the operation is documented. */
export function githubMock(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string | RegExp,
  example?: string,
): nockType.Interceptor {
  // Loaded on use: importing nock patches fetch, which tests against real loopback servers must not have.
  const nock = createRequire(import.meta.url)('nock') as typeof nockType;
  const probe = typeof path === 'string' ? path : (example ?? '');
  if (documentedOperation(method, probe) === undefined) throw new Error(`not in @octokit/openapi: ${method} ${probe}`);
  const scope = nock(GITHUB_API);
  switch (method) {
    case 'GET':
      return scope.get(path);
    case 'POST':
      return scope.post(path);
    case 'PATCH':
      return scope.patch(path);
    case 'DELETE':
      return scope.delete(path);
  }
}
