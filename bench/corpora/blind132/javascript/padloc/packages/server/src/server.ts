import { FSAttachmentStorage } from "./attachments/fs";
import { PostgresStorage } from "./storage/postgres";
import { ConsoleLogger } from "./logging/console";
import { FaviconService } from "./favicons";

export interface Request {
    method: string;
    params?: any;
    device?: { userAgent: string };
}

export class Controller {
    constructor(
        private storage: PostgresStorage,
        private attachments: FSAttachmentStorage,
        private logger: ConsoleLogger,
        private favicons: FaviconService
    ) {}

    async process(req: Request) {
        const params = req.params || {};
        switch (req.method) {
            case "getAttachment":
                return this.attachments.get(params.vault, params.id);
            case "getAttachmentSize":
                return this.attachments.getSize(params.vault, params.id);
            case "listOrgs":
                return this.storage.list("orgs", { orderBy: params.orderBy ?? "created", offset: params.offset });
            case "getOrg":
                return this.storage.get("orgs", params.id);
            case "requestEmailVerification":
                this.logger.log("email_verification.requested", { email: params.email, userAgent: req.device?.userAgent });
                return { ok: true };
            case "getFavicon":
                return this.favicons.get(params.domain, { direct: params.direct === true });
            default:
                throw new Error("unsupported method");
        }
    }
}

export class Server {
    constructor(private controller: Controller) {}

    async handle(req: Request) {
        try {
            return { result: await this.controller.process(req) };
        } catch (e) {
            return { error: { code: "server_error", message: String(e) } };
        }
    }
}
