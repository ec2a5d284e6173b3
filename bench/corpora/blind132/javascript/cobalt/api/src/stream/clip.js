import { exec, spawn } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { env } from '../config.js';

const TIME_RE = /^\d{1,5}(?:\.\d{1,3})?$/;
const ID_RE = /^[\w-]{8,64}$/;

export function trimClip(id, start, duration) {
    if (!ID_RE.test(id)) throw new Error('bad id');
    const out = `${randomUUID()}.mp4`;
    const input = join(env.cacheDir, `${id}.mp4`);

    if (TIME_RE.test(start) && TIME_RE.test(duration)) {
        spawn('ffmpeg', ['-ss', start, '-t', duration, '-i', input, '-c', 'copy', join(env.cacheDir, out)]);
        return out;
    }

    // expect: command-injection
    exec(`ffmpeg -ss ${start} -t ${duration} -i ${input} -c copy ${join(env.cacheDir, out)}`);
    return out;
}
