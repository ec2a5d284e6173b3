import { BadRequestException, Injectable } from '@nestjs/common';
import { createReadStream } from 'fs';
import path from 'path';

const LOG_DIR = process.env.LOG_DIR || '/opt/data/logs';
const LOG_FILE = /^maintainerr-\d{4}-\d{2}-\d{2}\.log(\.gz)?$/;

@Injectable()
export class LogsService {
  openLogFile(file: string) {
    const full = path.join(LOG_DIR, file);
    // expect: path-traversal
    return createReadStream(full);
  }

  openCheckedLogFile(file: string) {
    if (!LOG_FILE.test(file)) {
      throw new BadRequestException('Invalid log file');
    }
    return createReadStream(path.join(LOG_DIR, file));
  }
}
