import { Notes } from "@/models/index.js";
import define from "../../define.js";
import { makePaginationQuery } from "../../common/make-pagination-query.js";
import { generateVisibilityQuery } from "../../common/generate-visibility-query.js";
import { generateMutedUserQuery } from "../../common/generate-muted-user-query.js";
import { sqlLikeEscape } from "@/misc/sql-like-escape.js";

export const meta = {
	tags: ["notes"],
	requireCredential: false,
	res: { type: "array", optional: false, nullable: false, items: { type: "object", ref: "Note" } },
} as const;

export const paramDef = {
	type: "object",
	properties: {
		query: { type: "string" },
		sinceId: { type: "string", format: "misskey:id" },
		untilId: { type: "string", format: "misskey:id" },
		limit: { type: "integer", minimum: 1, maximum: 100, default: 10 },
		userId: { type: "string", format: "misskey:id", nullable: true, default: null },
		host: { type: "string", nullable: true },
		order: { type: "string", enum: ["desc", "asc"], default: "desc" },
	},
	required: ["query"],
} as const;

export default define(meta, paramDef, async (ps, me) => {
	const query = makePaginationQuery(Notes.createQueryBuilder("note"), ps.sinceId, ps.untilId);

	if (ps.userId) {
		query.andWhere("note.userId = :userId", { userId: ps.userId });
	}
	if (ps.host) {
		// expect: sql-injection
		query.andWhere(`note.userHost = '${ps.host.toLowerCase()}'`);
	}

	query
		.andWhere("note.text ILIKE :q", { q: `%${sqlLikeEscape(ps.query)}%` })
		.innerJoinAndSelect("note.user", "user")
		.leftJoinAndSelect("user.avatar", "avatar")
		.orderBy("note.id", ps.order === "asc" ? "ASC" : "DESC");

	generateVisibilityQuery(query, me);
	if (me) generateMutedUserQuery(query, me);

	const notes = await query.take(ps.limit).getMany();
	return await Notes.packMany(notes, me);
});
