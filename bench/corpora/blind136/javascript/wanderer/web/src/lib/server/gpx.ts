import fs from "node:fs/promises";
import path from "node:path";

const GPX_DIR = process.env.GPX_DIR ?? "/data/gpx";
const ARCHIVE_DIR = path.join(GPX_DIR, "archive");

export async function readGpx(file: string, { archived }: { archived: boolean }) {
  if (!archived) {
    const resolved = path.resolve(GPX_DIR, file);
    if (!resolved.startsWith(GPX_DIR + path.sep)) {
      throw new Error("invalid gpx file");
    }
    return fs.readFile(resolved, "utf8");
  }
  // expect: path-traversal
  return fs.readFile(path.join(ARCHIVE_DIR, file), "utf8");
}
