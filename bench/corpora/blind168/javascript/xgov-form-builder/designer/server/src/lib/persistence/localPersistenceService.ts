import fs from "fs/promises";
import path from "path";
import config from "../../config";
import { PersistenceService } from "./persistenceService";

export class LocalPersistenceService implements PersistenceService {
  logger: any;
  private readonly root: string;

  constructor(server) {
    this.logger = server.logger;
    this.root = path.resolve(config.localFormsDirectory ?? "./forms");
  }

  private resolveInsideRoot(id: string) {
    const target = path.resolve(this.root, `${id}.json`);
    if (!target.startsWith(this.root + path.sep)) {
      throw new Error(`Refusing to write outside ${this.root}`);
    }
    return target;
  }

  async listAllConfigurations() {
    const entries = await fs.readdir(this.root, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
      .map((entry) => ({ Key: entry.name, DisplayName: entry.name.replace(/\.json$/, "") }));
  }

  async getConfiguration(id: string) {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, `${id}.json`), "utf8");
  }

  async uploadConfiguration(id: string, configuration: string) {
    const target = this.resolveInsideRoot(id);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, configuration, "utf8");
    this.logger.info(["LocalPersistenceService"], `saved form configuration ${path.basename(target)}`);
    return target;
  }

  async copyConfiguration(configurationId: string, newName: string) {
    const configuration = await fs.readFile(this.resolveInsideRoot(configurationId), "utf8");
    return this.uploadConfiguration(newName, configuration);
  }
}
