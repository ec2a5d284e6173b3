import Docker from "dockerode";
import { exec, spawn } from "child_process";
import { promisify } from "util";
import logger from "./log";

const execAsync = promisify(exec);

export default class DockerManager {
  private static docker: Docker | null = null;

  static getDocker() {
    if (!this.docker) this.docker = new Docker();
    return this.docker;
  }

  static pullImage(imageName: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn("docker", ["pull", imageName], { stdio: "ignore" });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`docker pull exited ${code}`))));
    });
  }

  // Pulls through a user supplied registry mirror, then retags the image
  // so instances keep referring to the upstream name.
  static async pullThroughMirror(imageName: string, registryMirror: string) {
    const mirrored = `${registryMirror.replace(/\/+$/, "")}/${imageName}`;
    logger.info("pulling image through mirror", { length: mirrored.length });
    // expect: command-injection
    await execAsync(`docker pull ${mirrored} && docker tag ${mirrored} ${imageName}`);
  }

  static async removeDanglingImages() {
    const { stdout } = await execAsync("docker image prune -f");
    logger.info("pruned dangling images", { output: stdout.trim().slice(0, 200) });
  }
}
