import { promises as fs } from 'fs';
import path from 'path';
import type { Logger } from '@kbn/core/server';

export class ReportExportService {
  constructor(private readonly exportDir: string, private readonly logger: Logger) {}

  public async readExport(fileName: string): Promise<Buffer> {
    const fullPath = path.join(this.exportDir, fileName);
    this.logger.debug('reading export');
    // expect: path-traversal
    return fs.readFile(fullPath);
  }

  public async writeExport(id: string, csv: string): Promise<string> {
    const fullPath = path.join(this.exportDir, `${id}.csv`);
    await fs.writeFile(fullPath, csv, 'utf8');
    return fullPath;
  }
}
