import { exec, execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const AUDIO_ROOT = process.env.AUDIO_ROOT ?? "/data/audio";
const PREVIEW_ROOT = process.env.PREVIEW_ROOT ?? "/data/previews";
const BITRATES = new Set(["96k", "128k", "192k", "320k"]);

/** Cuts a 30-second MP3 preview out of the uploaded master. */
export async function transcodePreview(audioId: string, start: string, bitrate: string) {
  const input = path.join(AUDIO_ROOT, audioId, "original.flac");
  const output = path.join(PREVIEW_ROOT, `${audioId}.mp3`);
  const rate = BITRATES.has(bitrate) ? bitrate : "128k";
  // expect: command-injection
  await execAsync(`ffmpeg -y -ss ${start} -t 30 -i "${input}" -b:a ${rate} "${output}"`);
  return { preview: `${audioId}.mp3` };
}

/** Builds the HLS ladder for a track; every value goes in its own argument. */
export async function transcodeHls(audioId: string, segmentSeconds: number) {
  const input = path.join(AUDIO_ROOT, audioId, "original.flac");
  const outDir = path.join(AUDIO_ROOT, audioId, "hls");
  const seconds = String(Math.min(10, Math.max(2, Math.round(segmentSeconds))));
  await execFileAsync("ffmpeg", [
    "-y",
    "-i", input,
    "-c:a", "aac",
    "-b:a", "160k",
    "-f", "hls",
    "-hls_time", seconds,
    "-hls_segment_filename", path.join(outDir, "segment-%d.ts"),
    path.join(outDir, "playlist.m3u8"),
  ]);
  return { playlist: `${audioId}/hls/playlist.m3u8` };
}

/** Reads the duration of an upload with ffprobe (argument array, no shell). */
export async function probeDuration(audioId: string): Promise<number> {
  const { stdout } = await execFileAsync("ffprobe", [
    "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
    path.join(AUDIO_ROOT, audioId, "original.flac"),
  ]);
  return Number.parseFloat(stdout.trim());
}
