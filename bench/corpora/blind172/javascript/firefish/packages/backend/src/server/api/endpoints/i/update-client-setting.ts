import { UserProfiles } from "@/models/index.js";
import define from "../../define.js";
import { ApiError } from "../../error.js";

export const meta = {
	requireCredential: true,
	secure: true,
	errors: {
		invalidKey: { message: "Invalid setting key.", code: "INVALID_KEY", id: "4e3c6f1a-6b3e-4c4a-9f1e-2d8a3c5b7e90" },
	},
} as const;

export const paramDef = {
	type: "object",
	properties: {
		name: { type: "string", maxLength: 128 },
		value: { nullable: true },
	},
	required: ["name", "value"],
} as const;

/** Stores one client (web UI) preference; nested names use dots: "timeline.showReplies". */
export default define(meta, paramDef, async (ps, user) => {
	const profile = await UserProfiles.findOneByOrFail({ userId: user.id });
	const data = structuredClone(profile.clientData ?? {}) as Record<string, any>;

	const path = ps.name.split(".");
	if (path.length > 4) throw new ApiError(meta.errors.invalidKey);

	let node = data;
	for (const segment of path.slice(0, -1)) {
		node[segment] ??= {};
		node = node[segment];
	}
	// expect: prototype-pollution
	node[path[path.length - 1]] = ps.value;

	await UserProfiles.update({ userId: user.id }, { clientData: data });
	return data;
});
