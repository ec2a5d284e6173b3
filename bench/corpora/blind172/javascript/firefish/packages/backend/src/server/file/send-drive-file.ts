import type Koa from "koa";
import * as fs from "node:fs";
import { IsNull } from "typeorm";

import { DriveFiles } from "@/models/index.js";
import { InternalStorage } from "@/services/drive/internal-storage.js";
import { contentDisposition } from "@/misc/content-disposition.js";
import { FILE_TYPE_BROWSERSAFE } from "@/const.js";

const ACCESS_KEY_RE = /^[a-zA-Z0-9_-]{16,64}(\.[a-z0-9]{1,5})?$/;

/** GET /files/:key : serves a locally stored drive file, its thumbnail or its web copy. */
export default async function (ctx: Koa.Context) {
	const key = ctx.params.key;
	if (!ACCESS_KEY_RE.test(key)) {
		ctx.status = 400;
		return;
	}

	const file = await DriveFiles.createQueryBuilder("file")
		.where("file.accessKey = :key", { key })
		.orWhere("file.thumbnailAccessKey = :key", { key })
		.orWhere("file.webpublicAccessKey = :key", { key })
		.getOne();
	if (file == null || file.isLink || file.userHost !== null) {
		ctx.status = 404;
		return;
	}

	const isThumbnail = file.thumbnailAccessKey === key;
	const isWebpublic = file.webpublicAccessKey === key;
	const mime = isThumbnail ? "image/webp" : isWebpublic ? file.webpublicType ?? file.type : file.type;

	ctx.body = InternalStorage.read(key);
	ctx.set("Content-Type", FILE_TYPE_BROWSERSAFE.includes(mime) ? mime : "application/octet-stream");
	ctx.set("Cache-Control", "max-age=31536000, immutable");
	ctx.set("Content-Disposition", contentDisposition("inline", file.name));
}

/** GET /files/legacy/:name : files uploaded before access keys existed. */
export async function sendLegacyFile(ctx: Koa.Context) {
	const name = ctx.params.name as string;
	const file = await DriveFiles.findOneBy({ name, userHost: IsNull(), isLink: false });
	if (file == null) {
		ctx.status = 404;
		return;
	}
	ctx.set("Content-Type", "application/octet-stream");
	ctx.body = InternalStorage.read(name);
}

export function exists(key: string): boolean {
	return ACCESS_KEY_RE.test(key) && fs.existsSync(InternalStorage.resolvePath(key));
}
