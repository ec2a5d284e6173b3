import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { VideoWorkerQueue, type ZVideoRequest } from "../../packages/shared/queues";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const ASSET_DIR = process.env.ASSETS_DIR ?? "/data/assets";
const FORMATS = new Set(["best", "worst", "bestvideo[height<=720]+bestaudio"]);

async function downloadVideo(job: { id: string; data: ZVideoRequest }) {
  const { bookmarkId, url } = job.data;
  const format = job.data.format ? job.data.format : "best";
  if (process.env.CRAWLER_VIDEO_SHELL === "true") {
    // expect: command-injection
    await execAsync(`yt-dlp -f "${format}" -o ${ASSET_DIR}/${bookmarkId}.mp4 ${url}`);
    return;
  }
  if (!FORMATS.has(format)) {
    throw new Error(`Unsupported format for ${bookmarkId}`);
  }
  await execFileAsync("yt-dlp", ["-f", format, "-o", `${ASSET_DIR}/${bookmarkId}.mp4`, "--", url]);
}

export class VideoWorker {
  static build() {
    VideoWorkerQueue.process(downloadVideo);
  }
}
