import { createWriteStream, promises as fs } from "fs";
import path from "path";
import { randomBytes } from "crypto";
import { FileUpload } from "graphql-upload";

const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_DIR ?? "uploads");
const IMAGE_TYPES: Record<string, string> = { "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp" };

function pipeTo(stream: NodeJS.ReadableStream, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream
      .pipe(createWriteStream(target))
      .on("finish", () => resolve())
      .on("error", reject);
  });
}

/** Avatars: a random name, the extension taken from the declared image type. */
export async function saveAvatar(upload: FileUpload, userId: number): Promise<string> {
  const { createReadStream, mimetype } = await upload;
  const ext = IMAGE_TYPES[mimetype];
  if (!ext) throw new Error("unsupported image type");
  const dir = path.join(UPLOAD_ROOT, "avatars", String(userId));
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(12).toString("hex")}${ext}`;
  await pipeTo(createReadStream(), path.join(dir, name));
  return `/uploads/avatars/${userId}/${name}`;
}

/** Attachments on a post keep the name the user gave them, so downloads look right. */
export async function savePostAttachment(upload: FileUpload, postId: number): Promise<string> {
  const { createReadStream, filename } = await upload;
  const dir = path.join(UPLOAD_ROOT, "posts", String(postId));
  await fs.mkdir(dir, { recursive: true });
  // expect: path-traversal
  await pipeTo(createReadStream(), path.join(dir, filename));
  return `/uploads/posts/${postId}/${encodeURIComponent(filename)}`;
}
