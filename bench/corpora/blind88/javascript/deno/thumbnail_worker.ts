// Deno worker: turns uploaded images into thumbnails and runs admin maintenance jobs.
import { serve } from "https://deno.land/std@0.177.0/http/server.ts";

const THUMB_DIR = Deno.env.get("THUMB_DIR") ?? "/var/thumbs";
const SHELL = "bash";

interface ConvertJob {
  input: string;
  size: string;
  converter?: string;
}

async function thumbnail(job: ConvertJob): Promise<boolean> {
  const out = `${THUMB_DIR}/${crypto.randomUUID()}.webp`;
  const p = Deno.run({ cmd: ["convert", job.input, "-resize", job.size, out] });
  const { success } = await p.status();
  p.close();
  return success;
}

async function thumbnailWith(job: ConvertJob): Promise<boolean> {
  // expect: command-injection
  const p = Deno.run({ cmd: [job.converter ?? "convert", job.input, "-resize", job.size, `${THUMB_DIR}/out.webp`] });
  return (await p.status()).success;
}

async function optimise(job: ConvertJob): Promise<void> {
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", `cwebp -q 80 ${job.input} -o ${THUMB_DIR}/opt.webp`] });
  await p.status();
  p.close();
}

async function runMaintenance(script: string): Promise<string> {
  // expect: command-injection
  const p = Deno.run({ cmd: [SHELL, "-c", script], stdout: "piped", stderr: "piped" });
  const output = new TextDecoder().decode(await p.output());
  p.close();
  return output;
}

async function cleanup(): Promise<void> {
  const p = Deno.run({ cmd: ["sh", "-c", "find /var/thumbs -mtime +7 -delete"] });
  await p.status();
  p.close();
}

serve(async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/thumb" && req.method === "POST") {
    const job = (await req.json()) as ConvertJob;
    const ok = job.converter ? await thumbnailWith(job) : await thumbnail(job);
    if (ok) await optimise(job);
    return new Response(ok ? "ok" : "failed", { status: ok ? 200 : 500 });
  }
  if (url.pathname === "/maintenance" && req.method === "POST") {
    const { script } = await req.json();
    return new Response(await runMaintenance(script));
  }
  if (url.pathname === "/cleanup") {
    await cleanup();
    return new Response("done");
  }
  return new Response("not found", { status: 404 });
});
