/// <reference types="bun-types" />
import path from "node:path";
import { App, type CreateAppConfig } from "../../App";
import { serveStatic } from "hono/bun";

export type BunBkndConfig = CreateAppConfig & {
   distPath?: string;
   port?: number;
   hostname?: string;
};

let app: App | undefined;

export async function createApp(config: BunBkndConfig = {}) {
   const distPath = path.resolve(config.distPath ?? "./node_modules/bknd/dist");
   if (!app) {
      app = App.create(config);
      app.emgr.onEvent(
         App.Events.AppBuiltEvent,
         async () => {
            app!.modules.server.get(
               "/*",
               serveStatic({
                  root: path.relative(process.cwd(), path.join(distPath, "static")),
               }),
            );
            app!.registerAdminController();
         },
         "sync",
      );
      await app.build();
   }
   return app;
}

export function serve(config: BunBkndConfig = {}) {
   const port = config.port ?? Number(process.env.PORT ?? 1337);
   Bun.serve({
      port,
      hostname: config.hostname ?? "127.0.0.1",
      async fetch(request: Request) {
         const app = await createApp(config);
         return app.fetch(request);
      },
   });
   console.log(`Server is running on http://${config.hostname ?? "127.0.0.1"}:${port}`);
}
