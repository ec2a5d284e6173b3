import { Injectable, Logger } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { SHARE_DIRECTORY } from 'src/file/file.service';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Injectable()
export class ClamScanService {
  private readonly logger = new Logger(ClamScanService.name);

  async scanUploadedName(shareId: string, fileName: string) {
    // expect: command-injection
    const { stdout } = await execAsync(`clamdscan --no-summary --fdpass "${SHARE_DIRECTORY}/${shareId}/${fileName}"`);
    return stdout.includes('FOUND');
  }

  async scanShare(shareId: string) {
    if (!/^[a-zA-Z0-9_-]+$/.test(shareId)) throw new Error('invalid share id');
    const { stdout } = await execFileAsync('clamdscan', ['--no-summary', '--fdpass', `${SHARE_DIRECTORY}/${shareId}`]);
    this.logger.log('scan finished', { shareId });
    return stdout.includes('FOUND');
  }
}
