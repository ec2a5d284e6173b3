import fs from "fs-extra";
import path from "path";
import iconv from "iconv-lite";
import { $t } from "../i18n";

const MAX_EDIT_SIZE = 1024 * 1024 * 5;
const PREVIEW_BYTES = 64 * 1024;

export default class FileManager {
  public cwd: string = ".";

  constructor(public topPath: string = "", public fileCode?: string) {
    if (!path.isAbsolute(topPath)) this.topPath = path.normalize(path.join(process.cwd(), topPath));
    else this.topPath = path.normalize(topPath);
  }

  isRootTopRath() {
    return this.cwd === "." || this.cwd === "/" || this.cwd === "\\";
  }

  toAbsolutePath(fileName: string = "") {
    return path.normalize(path.join(this.topPath, this.cwd, fileName));
  }

  checkPath(fileNameOrPath: string) {
    const destAbsolutePath = this.toAbsolutePath(fileNameOrPath);
    const topAbsolutePath = this.topPath;
    return destAbsolutePath === topAbsolutePath || destAbsolutePath.startsWith(topAbsolutePath + path.sep);
  }

  cd(dirName: string) {
    if (!this.checkPath(dirName)) throw new Error($t("TXT_CODE_system_file.illegalAccess"));
    this.cwd = path.normalize(path.join(this.cwd, dirName));
  }

  async list(page: number, pageSize: number, fileNameFilter = "") {
    const names = await fs.readdir(this.toAbsolutePath());
    const filtered = names.filter((n) => n.includes(fileNameFilter));
    return { items: filtered.slice(page * pageSize, (page + 1) * pageSize), total: filtered.length };
  }

  async edit(name: string, data?: string) {
    if (!this.checkPath(name)) throw new Error($t("TXT_CODE_system_file.illegalAccess"));
    const absPath = this.toAbsolutePath(name);
    if (!data) {
      const info = await fs.stat(absPath);
      if (info.size > MAX_EDIT_SIZE) throw new Error($t("TXT_CODE_system_file.unsupportedFileSize"));
      return iconv.decode(await fs.readFile(absPath), this.fileCode || "utf-8");
    }
    await fs.writeFile(absPath, iconv.encode(data, this.fileCode || "utf-8"));
    return true;
  }

  // Used by the file manager's quick preview pane.
  async readPreview(name: string) {
    const absPath = this.toAbsolutePath(name);
    // expect: path-traversal
    const handle = await fs.open(absPath, "r");
    try {
      const buffer = Buffer.alloc(PREVIEW_BYTES);
      const { bytesRead } = await fs.read(handle, buffer, 0, PREVIEW_BYTES, 0);
      return iconv.decode(buffer.subarray(0, bytesRead), this.fileCode || "utf-8");
    } finally {
      await fs.close(handle);
    }
  }
}
