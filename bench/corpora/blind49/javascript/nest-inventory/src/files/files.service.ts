import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { promises as fs, createReadStream, ReadStream } from 'fs';
import * as path from 'path';
import * as libxmljs from 'libxmljs2';

const LABEL_ROOT = path.resolve(process.env.LABEL_ROOT ?? '/srv/inventory/labels');

@Injectable()
export class FilesService {
  private currentFile = '';

  remember(name: string) {
    this.currentFile = name;
  }

  openRemembered(): ReadStream {
    // expect: path-traversal
    return createReadStream(path.join(LABEL_ROOT, this.currentFile));
  }

  openChecked(name: string): ReadStream {
    const full = path.resolve(LABEL_ROOT, name);
    if (!full.startsWith(LABEL_ROOT + path.sep)) {
      throw new BadRequestException('invalid label name');
    }
    return createReadStream(full);
  }

  async readManifest(name: string): Promise<string> {
    try {
      const file = path.normalize(`${LABEL_ROOT}/${name}/manifest.json`);
      // expect: path-traversal
      return await fs.readFile(file, 'utf8');
    } catch (e) {
      throw new NotFoundException();
    }
  }

  parseCatalog(xml: string) {
    // expect: xxe
    const doc = libxmljs.parseXml(xml, { noent: true, nonet: false });
    return doc.find('//item').map((n) => ({ sku: n.attr('sku')?.value(), name: n.text() }));
  }

  parseCatalogSafe(xml: string) {
    const doc = libxmljs.parseXml(xml, { noent: false, nonet: true });
    return doc.find('//item').map((n) => ({ sku: n.attr('sku')?.value(), name: n.text() }));
  }
}
