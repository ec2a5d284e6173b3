// fastify-svc/src/lib/exec.ts: process helpers shared by the report routes
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a whole command line through /bin/sh. */
export async function shell(commandLine: string): Promise<RunResult> {
  const { stdout, stderr } = await execAsync(commandLine, { timeout: 120_000, maxBuffer: 10 * 1024 * 1024 });
  return { stdout, stderr };
}

/** Runs a program directly with an argument vector. */
export async function program(file: string, args: string[]): Promise<RunResult> {
  const { stdout, stderr } = await execFileAsync(file, args, { timeout: 120_000, maxBuffer: 10 * 1024 * 1024 });
  return { stdout, stderr };
}

/** Builds the psql arguments for a read-only export of one table. */
export function psqlExportArgs(table: string, outFile: string): string[] {
  return ['-d', process.env.DATABASE_URL ?? '', '-c', `\\copy (SELECT * FROM ${table}) TO '${outFile}' CSV HEADER`];
}

/** The installed psql version, for the health page. */
export async function psqlVersion(): Promise<string> {
  const { stdout } = await program('psql', ['--version']);
  return stdout.trim();
}

/** Gzips a finished export in place. */
export async function gzip(file: string): Promise<void> {
  await program('gzip', ['-f', '--', file]);
}

/** The tables an export may name. */
export const EXPORTABLE = new Set(['orders', 'customers', 'invoices']);
