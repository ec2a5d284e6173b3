// library: @modelcontextprotocol/sdk (MCP server tools that fetch URLs)
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'web-tools', version: '1.0.0' });
const DOCS_BASE = 'https://docs.example.com';
const ALLOWED_HOSTS = new Set(['docs.example.com', 'api.github.com']);

server.tool('fetch_url', { url: z.string() }, async ({ url }) => {
  // expect: ssrf
  const res = await fetch(url);
  return { content: [{ type: 'text', text: (await res.text()).slice(0, 5000) }] };
});

server.tool('fetch_api', { host: z.string(), path: z.string() }, async ({ host, path }) => {
  // expect: ssrf
  const res = await fetch(`http://${host}/${path}`, { redirect: 'follow' });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('read_docs', { page: z.string().regex(/^[a-z0-9-]+$/) }, async ({ page }) => {
  const res = await fetch(`${DOCS_BASE}/${page}`);
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('fetch_allowed', { url: z.string().url() }, async ({ url }) => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    return { content: [{ type: 'text', text: 'host not allowed' }], isError: true };
  }
  const res = await fetch(parsed, { redirect: 'error' });
  return { content: [{ type: 'text', text: await res.text() }] };
});

export default server;
