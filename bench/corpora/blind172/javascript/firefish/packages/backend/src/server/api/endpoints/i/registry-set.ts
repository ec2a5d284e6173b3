import { RegistryItems } from "@/models/index.js";
import { genId } from "@/misc/gen-id.js";
import define from "../../define.js";
import { ApiError } from "../../error.js";

export const meta = {
	requireCredential: true,
	errors: {
		invalidScope: { message: "Invalid scope.", code: "INVALID_SCOPE", id: "0ab1c8e3-2f47-45b8-9d0e-7e2a3b4c5d6f" },
	},
} as const;

export const paramDef = {
	type: "object",
	properties: {
		key: { type: "string", minLength: 1 },
		value: {},
		scope: { type: "array", default: [], items: { type: "string", pattern: /^[a-zA-Z0-9_]+$/.toString().slice(1, -1) } },
	},
	required: ["key", "value"],
} as const;

/** Key/value store for client settings; keys and values are stored as a row, never as object paths. */
export default define(meta, paramDef, async (ps, user) => {
	if (ps.scope.some((s) => !/^[a-zA-Z0-9_]+$/.test(s))) throw new ApiError(meta.errors.invalidScope);

	const query = RegistryItems.createQueryBuilder("item")
		.where("item.domain IS NULL")
		.andWhere("item.userId = :userId", { userId: user.id })
		.andWhere("item.key = :key", { key: ps.key })
		.andWhere("item.scope = :scope", { scope: ps.scope });

	const existing = await query.getOne();
	if (existing) {
		await RegistryItems.update(existing.id, { updatedAt: new Date(), value: ps.value });
	} else {
		await RegistryItems.insert({
			id: genId(),
			createdAt: new Date(),
			updatedAt: new Date(),
			userId: user.id,
			domain: null,
			scope: ps.scope,
			key: ps.key,
			value: ps.value,
		});
	}
});
