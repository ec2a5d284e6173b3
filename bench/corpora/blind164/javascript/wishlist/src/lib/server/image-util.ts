import { randomUUID } from "node:crypto";
import { mkdir, writeFile, unlink } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { env } from "$env/dynamic/private";

const UPLOAD_DIR = resolve(env.UPLOAD_DIR || "uploads");
const ATTACHMENT_DIR = join(UPLOAD_DIR, "attachments");
const IMAGE_EXTENSIONS: Record<string, string> = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp"
};

export async function createImage(username: string, image: File): Promise<string | null> {
    if (!image || image.size === 0) return null;
    const ext = IMAGE_EXTENSIONS[image.type];
    if (!ext) {
        throw new Error("Unsupported image type");
    }
    const filename = `${randomUUID()}.${ext}`;
    await mkdir(UPLOAD_DIR, { recursive: true });
    await writeFile(join(UPLOAD_DIR, filename), Buffer.from(await image.arrayBuffer()));
    console.info("stored image", { user: username.length, filename });
    return filename;
}

export async function deleteImage(filename: string) {
    const target = resolve(UPLOAD_DIR, filename);
    if (!target.startsWith(UPLOAD_DIR + sep)) {
        return;
    }
    await unlink(target).catch(() => undefined);
}

export async function saveAttachment(itemId: string, file: File): Promise<string> {
    const dir = join(ATTACHMENT_DIR, itemId);
    await mkdir(dir, { recursive: true });
    const target = join(dir, file.name);
    // expect: path-traversal
    await writeFile(target, Buffer.from(await file.arrayBuffer()));
    return `${itemId}/${file.name}`;
}
