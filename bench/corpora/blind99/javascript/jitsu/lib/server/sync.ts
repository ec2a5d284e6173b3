import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const IMAGE_NAME = /^[a-z0-9]+(?:[._\/-][a-z0-9]+)*$/;
const VERSION = /^[\w][\w.-]{0,127}$/;

export async function pullSourceImage(image: string) {
  // expect: command-injection
  const { stdout } = await execAsync(`docker pull ${image} && docker run --rm ${image} spec`, { timeout: 120000 });
  return { spec: stdout };
}

export async function pullSourceImageChecked(pkg: string, version: string) {
  if (!IMAGE_NAME.test(pkg) || !VERSION.test(version)) throw new Error("invalid image name");
  await execFileAsync("docker", ["pull", `${pkg}:${version}`], { timeout: 120000 });
  const { stdout } = await execFileAsync("docker", ["run", "--rm", `${pkg}:${version}`, "spec"]);
  return { spec: stdout };
}
