// library: @modelcontextprotocol/sdk server tools running shell commands
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const server = new McpServer({ name: 'repo-tools', version: '1.2.0' });

server.tool('grep_repo', { pattern: z.string(), dir: z.string() }, async ({ pattern, dir }) => {
  // expect: command-injection
  const { stdout } = await execAsync(`grep -rn "${pattern}" ${dir}`);
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('git_log', { ref: z.string().regex(/^[\w./-]+$/) }, async ({ ref }) => {
  const { stdout } = await execFileAsync('git', ['log', '--oneline', '-n', '20', '--end-of-options', ref]);
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('run_tests', { filter: z.string() }, async ({ filter }) => {
  // expect: command-injection
  const { stdout } = await execAsync('npm test -- --grep ' + filter, { timeout: 120000 });
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('disk_usage', {}, async () => {
  const { stdout } = await execAsync('du -sh .');
  return { content: [{ type: 'text', text: stdout }] };
});

server.tool('list_files', { dir: z.string() }, async ({ dir }) => {
  const { stdout } = await execFileAsync('ls', ['-la', '--', dir]);
  return { content: [{ type: 'text', text: stdout }] };
});

await server.connect(new StdioServerTransport());
