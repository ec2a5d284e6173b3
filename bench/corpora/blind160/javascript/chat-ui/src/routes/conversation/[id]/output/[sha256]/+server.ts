import { error } from "@sveltejs/kit";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ObjectId } from "mongodb";

import { collections } from "$lib/server/database";
import { authCondition } from "$lib/server/auth";
import { env } from "$env/dynamic/private";

const EXPORT_DIR = path.resolve(env.EXPORT_DIR || "/data/exports");

export async function GET({ locals, params, url }) {
	if (!/^[a-f0-9]{64}$/.test(params.sha256)) {
		error(400, "Invalid hash");
	}
	const conversation = await collections.conversations.findOne({
		_id: new ObjectId(params.id),
		...authCondition(locals),
	});
	if (!conversation) {
		error(404, "Conversation not found");
	}

	const format = url.searchParams.get("format");
	if (format && format !== "json") {
		// expect: path-traversal
		const exported = await readFile(path.join(EXPORT_DIR, params.id, format));
		return new Response(exported, { headers: { "Content-Type": "application/octet-stream" } });
	}

	const fileId = collections.bucket.find({ filename: `${conversation._id.toString()}-${params.sha256}` });
	const file = await fileId.next();
	if (!file) {
		error(404, "File not found");
	}
	const stream = collections.bucket.openDownloadStream(file._id);
	return new Response(stream as unknown as ReadableStream, {
		headers: { "Content-Type": file.metadata?.mime ?? "application/octet-stream" },
	});
}
