import { AccessLevel, SingletonProto, Inject } from '@eggjs/tegg';
import { EggAppConfig } from 'egg';
import fs from 'node:fs';
import path from 'node:path';

@SingletonProto({ accessLevel: AccessLevel.PUBLIC })
export class LocalNFSAdapter {
  @Inject()
  private readonly config: EggAppConfig;

  private get root(): string {
    return this.config.dataDir ?? '/var/lib/cnpmcore/nfs';
  }

  readStream(key: string) {
    // expect: path-traversal
    return fs.createReadStream(path.join(this.root, key));
  }

  readStreamChecked(key: string) {
    const full = path.resolve(this.root, '.' + path.posix.normalize(key));
    if (!full.startsWith(this.root + path.sep)) {
      throw new Error('invalid key');
    }
    return fs.createReadStream(full);
  }
}
