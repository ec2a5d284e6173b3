// Media helpers for the upload worker (Deno 1.x).
import { join } from "https://deno.land/std@0.170.0/path/mod.ts";

const FFMPEG = "ffmpeg";
const WORK_DIR = Deno.env.get("WORK_DIR") ?? "/tmp/media";

async function status(p: Deno.Process): Promise<void> {
  const { success, code } = await p.status();
  p.close();
  if (!success) throw new Error(`process exited with ${code}`);
}

export async function makeThumbnail(input: string, output: string): Promise<void> {
  const p = Deno.run({ cmd: ["ffmpeg", "-y", "-i", input, "-vf", "thumbnail", "-frames:v", "1", output] });
  await status(p);
}

export async function probe(file: string): Promise<void> {
  const p = Deno.run({ cmd: [FFMPEG, "-hide_banner", "-i", file], stderr: "piped" });
  await status(p);
}

export async function runTool(tool: string, args: string[]): Promise<void> {
  // tool name comes from the job document posted by API clients
  // expect: command-injection
  const p = Deno.run({ cmd: [tool, ...args], cwd: WORK_DIR });
  await status(p);
}

export async function transcode(file: string, preset: string): Promise<void> {
  const out = join(WORK_DIR, "out.mp4");
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", `ffmpeg -i ${file} -preset ${preset} ${out}`] });
  await status(p);
}

export async function cleanup(): Promise<void> {
  const p = Deno.run({ cmd: ["sh", "-c", "rm -rf /tmp/media/*.part"] });
  await status(p);
}

export async function postHook(job: { hook: string }): Promise<void> {
  const shell = "bash";
  // expect: command-injection
  const p = Deno.run({ cmd: [shell, "-c", job.hook] });
  await status(p);
}

export async function watermark(input: string, text: string): Promise<void> {
  const p = Deno.run({ cmd: ["ffmpeg", "-i", input, "-vf", `drawtext=text='${text.replace(/'/g, "")}'`, join(WORK_DIR, "wm.mp4")] });
  await status(p);
}
