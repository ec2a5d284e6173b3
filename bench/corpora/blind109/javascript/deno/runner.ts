interface Job {
  command: string;
  args: string[];
  script: string;
  ref: string;
}

export async function runJob(job: Job): Promise<number> {
  // expect: command-injection
  const p = Deno.run({ cmd: [job.command, ...job.args], stdout: "piped" });
  const { code } = await p.status();
  p.close();
  return code;
}

export async function runScript(job: Job): Promise<string> {
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", job.script], stdout: "piped", stderr: "piped" });
  const out = new TextDecoder().decode(await p.output());
  p.close();
  return out;
}

export async function changelog(job: Job): Promise<string> {
  const shell = "bash";
  // expect: command-injection
  const p = Deno.run({ cmd: [shell, "-c", `git log --oneline ${job.ref}..HEAD`], stdout: "piped" });
  const text = new TextDecoder().decode(await p.output());
  p.close();
  return text;
}

export async function runModern(cmdline: string): Promise<number> {
  // expect: command-injection
  const command = new Deno.Command("sh", { args: ["-c", cmdline] });
  const { code } = await command.output();
  return code;
}

export async function gitStatus(): Promise<string> {
  const p = Deno.run({ cmd: ["git", "status", "--porcelain"], stdout: "piped" });
  const text = new TextDecoder().decode(await p.output());
  p.close();
  return text;
}

export async function formatFile(file: string): Promise<number> {
  const p = Deno.run({ cmd: ["deno", "fmt", "--", file] });
  const { code } = await p.status();
  p.close();
  return code;
}

export async function diskUsage(): Promise<number> {
  const p = Deno.run({ cmd: ["sh", "-c", "df -h /"] });
  const { code } = await p.status();
  p.close();
  return code;
}
