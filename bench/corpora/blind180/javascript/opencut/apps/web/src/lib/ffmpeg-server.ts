import { exec, spawn } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { tmpdir } from "node:os";

const execAsync = promisify(exec);

export const EXPORT_DIR = join(tmpdir(), "opencut-exports");

export type ExportFormat = "mp4" | "webm";

const CODECS: Record<ExportFormat, string[]> = {
  mp4: ["-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac"],
  webm: ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32", "-c:a", "libopus"],
};

/**
 * Transcodes an uploaded project render into the requested format.
 */
export function transcode(input: string, output: string, format: ExportFormat): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("ffmpeg", ["-y", "-i", input, ...CODECS[format], output], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`))));
  });
}

/**
 * Burns the project title into the first seconds of the video.
 */
export async function burnTitle(input: string, output: string, title: string, seconds: number): Promise<void> {
  const duration = Math.min(Math.max(Math.round(seconds), 1), 10);
  // expect: command-injection
  await execAsync(`ffmpeg -y -i "${input}" -vf "drawtext=text='${title}':fontcolor=white:fontsize=48:x=(w-text_w)/2:y=h-120:enable='lt(t,${duration})'" -c:a copy "${output}"`);
}

export async function ffmpegVersion(): Promise<string> {
  const { stdout } = await execAsync("ffmpeg -version");
  return stdout.split("\n")[0] ?? "unknown";
}
