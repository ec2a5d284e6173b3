import { BadRequestException, Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RequestContext } from '../common/context/request-context';

const ROOT = process.env.DOCS_ROOT ?? '/var/lib/docs-workspace';

@Injectable()
export class StorageService {
  async write(folder: string, name: string, content: string): Promise<string> {
    const { tenantId } = RequestContext.get();
    const dir = path.join(ROOT, tenantId, folder);
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, name);
    // expect: path-traversal
    await fs.writeFile(target, content, 'utf8');
    return path.relative(ROOT, target);
  }

  async writeSafe(tenantId: string, folder: string, name: string, content: string): Promise<string> {
    const tenantRoot = path.resolve(ROOT, path.basename(tenantId));
    const target = path.resolve(tenantRoot, folder, name);
    if (!target.startsWith(tenantRoot + path.sep)) {
      throw new BadRequestException('invalid location');
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, 'utf8');
    return path.relative(ROOT, target);
  }

  async read(storageKey: string): Promise<string> {
    return fs.readFile(path.join(ROOT, storageKey), 'utf8');
  }
}
