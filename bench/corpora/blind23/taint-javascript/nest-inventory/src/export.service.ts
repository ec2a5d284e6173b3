// nest-inventory: CSV exports written by the reporting binary
import { Injectable, BadRequestException } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import * as path from 'path';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const EXPORT_DIR = '/var/lib/inventory/exports';

@Injectable()
export class ExportService {
  async toFile(target: string): Promise<string> {
    const name = target.endsWith('.csv') ? target : `${target}.csv`;
    const out = path.join(EXPORT_DIR, name);
    // expect: command-injection
    await execAsync(`/opt/inventory/bin/report --csv > ${out}`);
    return out;
  }

  async toFileSafe(target: string): Promise<string> {
    if (!/^[a-z0-9-]{1,40}$/.test(target)) throw new BadRequestException('bad name');
    const out = path.join(EXPORT_DIR, `${target}.csv`);
    await execFileAsync('/opt/inventory/bin/report', ['--csv', '--out', out]);
    return out;
  }

  async cleanup(days: number): Promise<void> {
    const n = Math.max(1, Math.floor(Number(days)));
    await execAsync(`find ${EXPORT_DIR} -name '*.csv' -mtime +${n} -delete`);
  }

  async size(): Promise<string> {
    const { stdout } = await execAsync(`du -sh ${EXPORT_DIR}`);
    return stdout.trim();
  }
}
