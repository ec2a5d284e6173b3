import { Controller, Server } from "./server";
import { HTTPReceiver } from "./transport/http";
import { FSAttachmentStorage } from "./attachments/fs";
import { PostgresStorage } from "./storage/postgres";
import { ConsoleLogger } from "./logging/console";
import { FaviconService } from "./favicons";

async function init() {
    const storage = new PostgresStorage(process.env.PL_DB_URL || "postgres://localhost/padloc");
    const attachments = new FSAttachmentStorage({ dir: process.env.PL_ATTACHMENTS_DIR || "/data/attachments" });
    const logger = new ConsoleLogger();
    const controller = new Controller(storage, attachments, logger, new FaviconService());
    logger.log("server.start");
    await new HTTPReceiver(Number(process.env.PL_SERVER_PORT) || 3000).listen(new Server(controller));
}

init();
