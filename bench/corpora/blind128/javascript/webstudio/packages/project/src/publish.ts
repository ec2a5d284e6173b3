import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const DOMAIN_RE = /^[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*$/;

export async function publishProject(projectId: string, domain: string, target: string) {
  if (target === "static") {
    if (!DOMAIN_RE.test(domain)) throw new Error("invalid domain");
    await execFileAsync("pnpm", ["--filter", "static-export", "run", "build", "--", `--domain=${domain}`, `--project=${projectId}`]);
    return { ok: true, target };
  }
  // expect: command-injection
  await execAsync(`pnpm --filter ${target}-export run build -- --domain=${domain} --project=${projectId}`);
  return { ok: true, target };
}
