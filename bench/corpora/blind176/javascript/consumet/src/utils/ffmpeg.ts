import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg';
const QUALITIES: Record<string, string> = { '360p': '640x360', '480p': '854x480', '720p': '1280x720', '1080p': '1920x1080' };

/** Remuxes an HLS stream into one MP4 file for offline viewing; the caller streams and deletes it. */
export async function remuxToMp4(playlistUrl: string, title: string): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'consumet-'));
  const file = path.join(dir, 'episode.mp4');
  await execFileAsync(FFMPEG, ['-y', '-loglevel', 'error', '-i', playlistUrl, '-c', 'copy', '-metadata', `title=${title}`, file], {
    timeout: 10 * 60 * 1000,
  });
  return { file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Smaller copy at a fixed size; the size comes from the table above. */
export async function transcode(input: string, quality: string): Promise<string> {
  const size = QUALITIES[quality] ?? QUALITIES['480p'];
  const output = input.replace(/\.mp4$/, `.${quality in QUALITIES ? quality : '480p'}.mp4`);
  await execFileAsync(FFMPEG, ['-y', '-loglevel', 'error', '-i', input, '-s', size, '-c:a', 'copy', output]);
  return output;
}

/** First frame of an episode for the thumbnail strip. */
export async function snapshot(playlistUrl: string, at: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'consumet-thumb-'));
  const out = path.join(dir, 'thumb.jpg');
  // expect: command-injection
  await execAsync(`${FFMPEG} -y -loglevel error -ss ${at} -i "${playlistUrl}" -frames:v 1 ${out}`, { timeout: 30 * 1000 });
  return out;
}

export async function ffmpegVersion(): Promise<string> {
  const { stdout } = await execAsync(`${FFMPEG} -version`);
  return stdout.split('\n')[0];
}
