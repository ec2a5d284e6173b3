// Deno 1.x build helpers that shell out with Deno.run.
const SHELL = "bash";
const GIT = "git";

export async function runUserTask(task: { command: string; args: string[] }) {
  // expect: command-injection
  const proc = Deno.run({ cmd: [task.command, ...task.args], stdout: "piped" });
  const out = await proc.output();
  proc.close();
  return new TextDecoder().decode(out);
}

export async function runHook(script: string) {
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", script] });
  return (await p.status()).success;
}

export async function runPipeline(steps: string[]) {
  const line = steps.join(" && ");
  // expect: command-injection
  const p = Deno.run({
    cmd: [SHELL, "-c", line],
    stderr: "piped",
  });
  return await p.status();
}

export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const tool = url.searchParams.get("tool") ?? "echo";
  // expect: command-injection
  const p = Deno.run({ cmd: [tool, "--version"], stdout: "piped" });
  return new Response(await p.output());
}

export async function archive(dir: string) {
  // expect: command-injection
  return Deno.run({ cmd: ["zsh", "-c", `tar czf /tmp/out.tgz ${dir}`] }).status();
}

// Safe look-alikes: a literal program with the value as one argument, and a constant shell script.
export async function currentBranch(repoDir: string) {
  const p = Deno.run({ cmd: [GIT, "-C", repoDir, "rev-parse", "--abbrev-ref", "HEAD"], stdout: "piped" });
  return new TextDecoder().decode(await p.output()).trim();
}

export async function cleanBuild() {
  return Deno.run({ cmd: ["bash", "-c", "rm -rf ./dist && mkdir dist"] }).status();
}

export async function lint(file: string) {
  return Deno.run({ cmd: ["deno", "lint", "--", file] }).status();
}
