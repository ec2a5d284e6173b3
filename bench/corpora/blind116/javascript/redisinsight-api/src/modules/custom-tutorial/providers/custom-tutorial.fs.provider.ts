import { Injectable } from '@nestjs/common';
import axios from 'axios';
import AdmZip from 'adm-zip';
import * as fs from 'fs-extra';
import { join } from 'path';

const TUTORIALS_DIR = join(process.env.RI_HOME ?? '/data', 'custom-tutorials');
const ID_RE = /^[0-9a-f-]{36}$/;

@Injectable()
export class CustomTutorialFsProvider {
  async downloadZip(link: string): Promise<Buffer> {
    // expect: ssrf
    const { data } = await axios.get(link, { responseType: 'arraybuffer', timeout: 15000 });
    return Buffer.from(data);
  }

  async unzipToTutorialFolder(id: string, buffer: Buffer) {
    const zip = new AdmZip(buffer);
    zip.extractAllTo(join(TUTORIALS_DIR, id), true);
  }

  async readManifest(id: string) {
    if (!ID_RE.test(id)) {
      return null;
    }
    return fs.readJson(join(TUTORIALS_DIR, id, 'manifest.json'));
  }
}
