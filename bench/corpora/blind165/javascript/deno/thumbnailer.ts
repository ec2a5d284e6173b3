// Deno worker that makes thumbnails and previews for uploaded media.
// Jobs arrive as JSON over HTTP from the upload service; names are the uploader's.
const WORK_DIR = "/srv/media/work";
const SIZES: Record<string, string> = { small: "160x160", medium: "480x480", large: "1024x1024" };

async function thumbnail(job: { id: number; size: string }): Promise<number> {
  const geometry = SIZES[job.size] ?? SIZES.small;
  const p = Deno.run({ cmd: ["convert", `${WORK_DIR}/${Number(job.id)}.src`, "-resize", geometry, "out.png"] });
  const status = await p.status();
  return status.code;
}

async function legacyThumbnail(job: { file: string; size: string }): Promise<number> {
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", `convert ${WORK_DIR}/${job.file} -resize ${job.size} ${WORK_DIR}/thumb.png`] });
  return (await p.status()).code;
}

async function runTool(job: { tool: string; args: string[] }): Promise<number> {
  // expect: command-injection
  const p = Deno.run({ cmd: [job.tool, ...job.args] });
  return (await p.status()).code;
}

async function videoPreview(job: { file: string; start: string }): Promise<number> {
  const shell = "bash";
  // expect: command-injection
  const p = Deno.run({ cmd: [shell, "-c", "ffmpeg -ss " + job.start + " -i " + job.file + " -frames:v 1 preview.jpg"] });
  return (await p.status()).code;
}

async function diskUsage(): Promise<number> {
  const p = Deno.run({ cmd: ["sh", "-c", "du -sh /srv/media/work | cut -f1"] });
  return (await p.status()).code;
}

async function probe(job: { id: number }): Promise<number> {
  const file = `${WORK_DIR}/${Number(job.id)}.src`;
  const p = Deno.run({ cmd: ["ffprobe", "-v", "error", "-show_format", file] });
  return (await p.status()).code;
}

Deno.serve({ port: 8088 }, async (req: Request) => {
  const job = await req.json();
  const handlers: Record<string, () => Promise<number>> = {
    thumb: () => thumbnail(job),
    legacy: () => legacyThumbnail(job),
    tool: () => runTool(job),
    preview: () => videoPreview(job),
    du: () => diskUsage(),
    probe: () => probe(job),
  };
  const kind = String(job.kind);
  const run = Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
  return new Response(JSON.stringify({ code: run ? await run() : -1 }));
});
