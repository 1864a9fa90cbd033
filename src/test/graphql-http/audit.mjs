// Runs graphql-http's GraphQL-over-HTTP server audits against one endpoint and prints every result
// as JSON on stdout, for GraphQlOverHttpAuditIT to judge (it knows which failures are allowed).
//   node audit.mjs http://localhost:8080/graphql
// Each audit runs on its own, so that one that cannot even reach the server is reported as
// "fatal" beside the others instead of aborting the whole run (auditServer uses Promise.all).
import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

const REQUEST_TIMEOUT_MS = 10_000;
const BODY_EXCERPT_CHARS = 500;

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://localhost:<port>/graphql');
  process.exit(2);
}
// The audit only ever talks to a server on this machine.
const host = new URL(url).hostname;
if (!['localhost', '127.0.0.1', '[::1]'].includes(host) && !host.startsWith('127.')) {
  console.error(`refusing to audit ${url}: loopback addresses only`);
  process.exit(2);
}

const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

async function excerpt(response) {
  try {
    return (await response.text()).slice(0, BODY_EXCERPT_CHARS);
  } catch {
    return null; // already read by the audit
  }
}

const results = [];
for (const { id, name, fn } of serverAudits({ url, fetchFn })) {
  try {
    const result = await fn();
    if (result.status === 'ok') {
      results.push({ id, name, status: 'ok' });
    } else {
      const { response } = result;
      results.push({
        id,
        name,
        status: result.status,
        reason: result.reason,
        httpStatus: response.status,
        contentType: response.headers.get('content-type'),
        body: await excerpt(response),
      });
    }
  } catch (error) {
    results.push({ id, name, status: 'fatal', reason: String(error?.cause ?? error) });
  }
}

const { version } = JSON.parse(
  readFileSync(new URL('./node_modules/graphql-http/package.json', import.meta.url), 'utf8'));
process.stdout.write(JSON.stringify({ graphqlHttp: version, url, results }, null, 2) + '\n');
