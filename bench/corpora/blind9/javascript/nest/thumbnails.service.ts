// library: NestJS service with child_process
import { Injectable, Logger } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Injectable()
export class ThumbnailsService {
  private readonly log = new Logger(ThumbnailsService.name);

  async make(source: string, width: number) {
    await execFileAsync('convert', [source, '-resize', `${Math.trunc(width)}x`, `${source}.thumb.jpg`]);
  }

  async makeFast(source: string, size: string) {
    // expect: command-injection
    await execAsync(`convert ${source} -resize ${size} ${source}.thumb.jpg`);
  }

  async probe(source: string) {
    // expect: command-injection
    const { stdout } = await execAsync('ffprobe -v quiet -print_format json -show_format "' + source + '"');
    return JSON.parse(stdout);
  }

  async version() {
    const { stdout } = await execAsync('convert -version');
    this.log.log(stdout.split('\n')[0]);
  }
}
