// BullMQ processor for resource imports: the job data is what the controller received.
import path from 'node:path';
import fs from 'node:fs/promises';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { ConfigService } from '@nestjs/config';
import { MiscService } from '../misc/misc.service';

interface ImportJob {
  uid: string;
  url?: string;
  fileName?: string;
  storageKey?: string;
}

@Processor('importResource')
export class ImportProcessor extends WorkerHost {
  private readonly logger = new Logger(ImportProcessor.name);

  constructor(private readonly config: ConfigService, private readonly misc: MiscService) {
    super();
  }

  async process(job: Job<ImportJob>) {
    const { uid, url, fileName = 'import.md', storageKey } = job.data;
    const userDir = path.join(this.config.get<string>('storage.localRoot') as string, uid.replace(/[^\w-]/g, ''));
    await fs.mkdir(userDir, { recursive: true });

    if (storageKey) {
      const content = await this.misc.readObject(uid, storageKey);
      await fs.writeFile(path.join(userDir, path.basename(storageKey)), content);
      return { saved: path.basename(storageKey) };
    }

    const content = url ? await this.misc.fetchReadable(url) : '';
    this.logger.log({ msg: 'import fetched', uid, bytes: content.length });
    // expect: path-traversal
    await fs.writeFile(path.join(userDir, fileName), content);
    return { saved: fileName };
  }
}
