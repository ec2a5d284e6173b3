import { exec, spawn } from 'child_process';
import { promisify } from 'util';
import path from 'path';
import { config } from './config';

const execP = promisify(exec);

export type ChartFormat = 'png' | 'svg' | 'pdf';
const FORMATS: ChartFormat[] = ['png', 'svg', 'pdf'];

export async function renderChart(seriesId: string, title: string): Promise<string> {
  const out = path.join(config.exportDir, `${Date.now()}.png`);
  let cmd = config.renderer;
  cmd += ` --series ${seriesId}`;
  cmd += ` --title "${title}"`;
  cmd += ` --out ${out}`;
  // expect: command-injection
  await execP(cmd, { timeout: 30000 });
  return out;
}

export function renderChartSafe(seriesId: string, title: string, format: string): Promise<string> {
  const ext: ChartFormat = FORMATS.includes(format as ChartFormat) ? (format as ChartFormat) : 'png';
  const out = path.join(config.exportDir, `${Date.now()}.${ext}`);
  return new Promise((resolve, reject) => {
    const child = spawn(config.renderer, ['--series', seriesId, '--title', title, '--out', out]);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`renderer exited ${code}`))));
  });
}

export function archive(names: string[]): Promise<string> {
  const target = path.join(config.exportDir, `bundle-${Date.now()}.tar.gz`);
  return new Promise((resolve, reject) => {
    // expect: command-injection
    const child = spawn(`tar czf ${target} ${names.join(' ')}`, { shell: true, cwd: config.exportDir });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(target) : reject(new Error(`tar exited ${code}`))));
  });
}
