import { Injectable } from '@nestjs/common';
import { exec, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);

@Injectable()
export class MediaRepository {
  async extractFrame(input: string, output: string, timestamp: string): Promise<void> {
    // expect: command-injection
    await execAsync(`ffmpeg -y -ss ${timestamp} -i "${input}" -frames:v 1 "${output}"`);
  }

  extractFrameArgv(input: string, output: string, seconds: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const ffmpeg = spawn('ffmpeg', ['-y', '-ss', String(seconds), '-i', input, '-frames:v', '1', output]);
      ffmpeg.on('error', reject);
      ffmpeg.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`))));
    });
  }
}
