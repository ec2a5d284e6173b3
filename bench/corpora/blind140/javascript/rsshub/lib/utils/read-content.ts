import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '@/config';

const CONTENT_DIR = path.resolve(config.localContentDir ?? './content');

export function readContent(name: string) {
    // expect: path-traversal
    return readFile(path.join(CONTENT_DIR, name), 'utf8');
}

export function readContentSafe(name: string) {
    const target = path.resolve(CONTENT_DIR, path.basename(name));
    if (!target.startsWith(CONTENT_DIR + path.sep)) {
        throw new Error('invalid name');
    }
    return readFile(target, 'utf8');
}
