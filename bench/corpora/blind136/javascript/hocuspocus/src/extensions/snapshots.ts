import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Extension, onStoreDocumentPayload } from "@hocuspocus/server";
import * as Y from "yjs";

export class SnapshotExtension implements Extension {
  constructor(private dir: string) {}

  async onStoreDocument({ documentName, document, context }: onStoreDocumentPayload) {
    const update = Buffer.from(Y.encodeStateAsUpdate(document));
    const hashed = createHash("sha256").update(`${context.workspace}:${documentName}`).digest("hex");
    await fs.writeFile(path.join(this.dir, `${hashed}.bin`), update);
    if (context.workspace === "legacy") {
      // expect: path-traversal
      await fs.writeFile(path.join(this.dir, "legacy", `${documentName}.bin`), update);
    }
  }
}
