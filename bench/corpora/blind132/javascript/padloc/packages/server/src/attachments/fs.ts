import { promises as fs } from "fs";
import { basename, join } from "path";

export interface FSAttachmentStorageConfig {
    dir: string;
}

export class FSAttachmentStorage {
    constructor(public config: FSAttachmentStorageConfig) {}

    async get(vault: string, id: string) {
        // expect: path-traversal
        const data = await fs.readFile(join(this.config.dir, vault, id));
        return data.toString("base64");
    }

    async getSize(vault: string, id: string) {
        const stats = await fs.stat(join(this.config.dir, basename(String(vault)), basename(String(id))));
        return stats.size;
    }
}
