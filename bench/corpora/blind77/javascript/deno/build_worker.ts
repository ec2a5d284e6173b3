// A small Deno CI worker: jobs arrive over HTTP and run build steps on this host.
import { serve } from "https://deno.land/std@0.177.0/http/server.ts";

interface Job {
  tool: string;
  args: string[];
  script: string;
  branch: string;
}

const SHELL = "bash";
const decoder = new TextDecoder();

async function runTool(job: Job): Promise<string> {
  // expect: command-injection
  const p = Deno.run({ cmd: [job.tool, ...job.args], stdout: "piped", stderr: "piped" });
  const out = await p.output();
  p.close();
  return decoder.decode(out);
}

async function runScript(job: Job) {
  // expect: command-injection
  const p = Deno.run({ cmd: [SHELL, "-c", job.script], cwd: "/srv/builds" });
  return (await p.status()).code;
}

async function checkout(branch: string) {
  const p = Deno.run({
    // expect: command-injection
    cmd: ["sh", "-c", `git fetch origin && git checkout ${branch}`],
    stdout: "inherit",
  });
  return p.status();
}

export async function lint(paths: string[], linter = Deno.env.get("LINTER") ?? "eslint") {
  // expect: command-injection
  const proc = Deno.run({ cmd: [linter, "--format", "json", ...paths], stdout: "piped" });
  return JSON.parse(decoder.decode(await proc.output()));
}

// Safe look-alikes: fixed programs with argument arrays, a constant shell script,
// and a program name held in a constant.
async function revision(): Promise<string> {
  const p = Deno.run({ cmd: ["git", "rev-parse", "HEAD"], stdout: "piped" });
  return decoder.decode(await p.output()).trim();
}

async function cleanTmp() {
  const p = Deno.run({ cmd: ["sh", "-c", "rm -rf /srv/builds/tmp/*"] });
  return p.status();
}

async function archive(branch: string) {
  const bin = "tar";
  if (!/^[\w.\/-]+$/.test(branch)) throw new Error("bad branch");
  const p = Deno.run({ cmd: [bin, "-czf", `/srv/archive/${branch.replaceAll("/", "_")}.tgz`, "--", "."] });
  return p.status();
}

serve(async (req) => {
  const job = (await req.json()) as Job;
  await checkout(job.branch);
  const log = await runTool(job);
  const code = await runScript(job);
  await archive(job.branch);
  await cleanTmp();
  return Response.json({ rev: await revision(), code, log });
}, { port: 8090 });
