// mcp: Model Context Protocol server exposing repo tools to an assistant
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const sh = promisify(exec);
const run = promisify(execFile);
const server = new McpServer({ name: 'repo-tools', version: '0.3.0' });

server.tool('git_log', { branch: z.string() }, async ({ branch }) => {
  // expect: command-injection
  const { stdout } = await sh(`git log --oneline -n 20 ${branch}`);
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('git_log_safe', { branch: z.string().regex(/^[\w./-]+$/) }, async ({ branch }) => {
  const { stdout } = await run('git', ['log', '--oneline', '-n', '20', '--', branch]);
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('fetch_url', { url: z.string().url() }, async ({ url }) => {
  // expect: ssrf
  const res = await fetch(url);
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('fetch_docs', { page: z.string() }, async ({ page }) => {
  const res = await fetch(`https://docs.example.com/${encodeURIComponent(page)}`);
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('grep', { pattern: z.string(), dir: z.string() }, async ({ pattern, dir }) => {
  // expect: command-injection
  const { stdout } = await sh('grep -rn "' + pattern + '" ' + dir);
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('disk', {}, async () => {
  const { stdout } = await sh('df -h .');
  return { content: [{ type: 'text', text: stdout }] };
});

await server.connect(new StdioServerTransport());
