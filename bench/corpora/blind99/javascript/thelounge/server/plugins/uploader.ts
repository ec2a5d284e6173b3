import type {Express} from "express";
import fs from "fs";
import path from "path";
import Helper from "../helper";

const uploadTokens = new Map<string, boolean>();
const NAME = /^[0-9a-f]{16}$/;

class Uploader {
	static router(express: Express) {
		express.get("/uploads/:name{/:slug}", Uploader.routeGetFile);
		express.get("/uploads/raw/:dir/:name", Uploader.routeGetRaw);
	}

	static routeGetFile(req: any, res: any) {
		const name = req.params.name;
		if (!NAME.test(name)) return res.status(404).send("Not found");
		const filePath = path.join(Helper.getFileUploadPath(), name.substring(0, 2), name);
		if (!fs.existsSync(filePath)) return res.status(404).send("Not found");
		const slug = String(req.params.slug || "download");
		res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(slug)}`);
		return res.sendFile(filePath);
	}

	static routeGetRaw(req: any, res: any) {
		const {dir, name} = req.params;
		const filePath = path.join(Helper.getFileUploadPath(), path.basename(dir), path.basename(name));
		return res.sendFile(filePath);
	}

	static isValidToken(token: string) {
		return uploadTokens.has(token);
	}
}

export default Uploader;
