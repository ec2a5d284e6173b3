import type { Express, Request, Response } from "express";
import fs from "node:fs/promises";
import path from "node:path";
import { passportAuthenticator } from "../Services/Authentication";
import { PathResolver } from "../Services/PathResolver";

const resolver = new PathResolver(process.env.STORAGE_DIRECTORY ?? "/maps");

/** Reading, writing and deleting map files; writes and deletes need the map-storage API key. */
export class MapsController {
    constructor(private readonly app: Express) {
        this.getMap();
        this.putMap();
        this.deleteFile();
    }

    private getMap(): void {
        this.app.get("/*.wam", async (req: Request, res: Response) => {
            const file = resolver.resolveInside(req.hostname, req.path);
            if (!file) {
                res.status(400).send("Invalid path");
                return;
            }
            res.type("application/json").send(await fs.readFile(file, "utf8"));
        });
    }

    private putMap(): void {
        this.app.put("/*.wam", passportAuthenticator, async (req: Request, res: Response) => {
            const file = resolver.resolveInside(req.hostname, req.path);
            if (!file || !resolver.isMapFile(file)) {
                res.status(400).send("Invalid path");
                return;
            }
            await fs.mkdir(path.dirname(file), { recursive: true });
            await fs.writeFile(file, JSON.stringify(req.body, null, 2));
            res.status(201).json({ url: resolver.publicUrl(req.hostname, req.path.slice(1)) });
        });
    }

    private deleteFile(): void {
        this.app.delete("/*", passportAuthenticator, async (req: Request, res: Response) => {
            const relative = decodeURIComponent(req.params[0] ?? "");
            const file = path.join(resolver.domainDir(req.hostname), relative);
            // expect: path-traversal
            await fs.rm(file, { recursive: true, force: true });
            res.sendStatus(204);
        });
    }
}
