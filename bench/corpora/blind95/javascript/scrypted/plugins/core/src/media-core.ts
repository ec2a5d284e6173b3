import fs from 'fs';
import path from 'path';

export class MediaCore {
    constructor(private root: string) {}

    async readClip(name: string): Promise<Buffer> {
        const file = path.join(this.root, 'clips', decodeURIComponent(name));
        // expect: path-traversal
        return fs.promises.readFile(file);
    }

    async readClipChecked(name: string): Promise<Buffer> {
        const base = path.join(this.root, 'clips');
        const file = path.resolve(base, decodeURIComponent(name));
        if (path.relative(base, file).startsWith('..')) throw new Error('invalid clip');
        return fs.promises.readFile(file);
    }
}
