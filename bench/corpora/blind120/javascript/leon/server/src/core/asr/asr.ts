import fs from 'node:fs';
import path from 'node:path';
import { exec, execFile } from 'node:child_process';
import { AUDIO_EXTENSIONS, TMP_PATH } from '@/constants';

export class ASR {
  private blobFile = path.join(TMP_PATH, 'speech.blob');

  encode(blob: Buffer, ext: string): Promise<string> {
    fs.writeFileSync(this.blobFile, blob);
    const out = path.join(TMP_PATH, `speech.${ext}`);
    return new Promise((resolve, reject) => {
      // expect: command-injection
      exec(`ffmpeg -y -i ${this.blobFile} -ar 16000 ${out}`, (err) => (err ? reject(err) : resolve(out)));
    });
  }

  encodeChecked(blob: Buffer, ext: string): Promise<string> {
    const format = AUDIO_EXTENSIONS.has(ext) ? ext : 'wav';
    fs.writeFileSync(this.blobFile, blob);
    const out = path.join(TMP_PATH, `speech.${format}`);
    return new Promise((resolve, reject) => {
      execFile('ffmpeg', ['-y', '-i', this.blobFile, '-ar', '16000', out], (err) => (err ? reject(err) : resolve(out)));
    });
  }
}

export const ASR_INSTANCE = new ASR();
