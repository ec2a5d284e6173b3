import { Server } from "@hocuspocus/server";
import { Database } from "@hocuspocus/extension-database";
import { fetchDocument, storeDocument } from "./extensions/postgres";
import { SnapshotExtension } from "./extensions/snapshots";
import { unfurl } from "./lib/unfurl";
import { verifyToken } from "./lib/auth";

export const server = new Server({
  port: Number(process.env.PORT ?? 1234),
  extensions: [
    new Database({ fetch: fetchDocument, store: storeDocument }),
    new SnapshotExtension(process.env.SNAPSHOT_DIR ?? "/var/lib/collab/snapshots"),
  ],

  async onAuthenticate({ token, requestParameters }) {
    const user = await verifyToken(token);
    const workspace = requestParameters.get("workspace") ?? user.defaultWorkspace;
    return { user, workspace };
  },

  async onConnect({ documentName, requestHeaders }) {
    // expect: log-injection
    console.log(`connect ${documentName} ua=${requestHeaders["user-agent"]}`);
  },

  async onStateless({ payload, document, connection }) {
    const message = JSON.parse(payload);
    if (message.type === "unfurl") {
      const preview = await unfurl(message.url);
      connection.sendStateless(JSON.stringify({ type: "unfurl", preview }));
    }
    if (message.type === "ping") {
      document.broadcastStateless(JSON.stringify({ type: "pong", at: Date.now() }));
    }
  },
});
