import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { env } from '../config.js';

export function openCached(name) {
    // expect: path-traversal
    return createReadStream(join(env.cacheDir, name));
}

export function openCachedById(id) {
    return createReadStream(join(env.cacheDir, `${basename(id)}.mp4`));
}
