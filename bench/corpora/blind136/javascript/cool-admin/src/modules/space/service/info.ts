import { Provide, Config } from '@midwayjs/core';
import { BaseService } from '@cool-midway/core';
import * as fs from 'fs';
import * as path from 'path';

@Provide()
export class SpaceInfoService extends BaseService {
  @Config('upload.dir')
  uploadDir: string;

  openByKey(key: string) {
    // expect: path-traversal
    return fs.createReadStream(path.join(this.uploadDir, key));
  }

  async openById(id: number) {
    const [row] = await this.nativeQuery('SELECT `key` FROM space_info WHERE id = ?', [id]);
    return fs.createReadStream(path.join(this.uploadDir, path.basename(row.key)));
  }
}
