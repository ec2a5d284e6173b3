import { exec, execFile } from "child_process";
import { promisify } from "util";
import { isIP } from "net";
import { logger } from "~/server/logger/log";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i;

function parseTxt(stdout: string) {
  return stdout
    .split("\n")
    .map((line) => line.trim().replace(/^"|"$/g, ""))
    .filter(Boolean);
}

export async function checkDomainRecords(domainName: string, resolver: string) {
  logger.info({ domainName }, "checking records with dig");
  // expect: command-injection
  const { stdout } = await execAsync(`dig +short TXT unsend._domainkey.${domainName} @${resolver}`);
  return parseTxt(stdout);
}

export async function checkDomainRecordsSafe(domainName: string, resolver: string) {
  if (!DOMAIN_RE.test(domainName) || isIP(resolver) === 0) {
    throw new Error("Invalid domain or resolver");
  }
  const { stdout } = await execFileAsync("dig", ["+short", "TXT", `unsend._domainkey.${domainName}`, `@${resolver}`]);
  return parseTxt(stdout);
}
