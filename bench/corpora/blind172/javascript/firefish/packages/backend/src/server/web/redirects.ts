import Router from "@koa/router";

import config from "@/config/index.js";
import { Notes, Users } from "@/models/index.js";
import { IsNull } from "typeorm";
import { isValidUsername } from "@/misc/sql-like-escape.js";

const router = new Router();

// /@user : the profile page; a remote account's page lives on its own server
router.get("/@:user/redirect", async (ctx) => {
	const username = ctx.params.user;
	if (!isValidUsername(username)) {
		ctx.status = 404;
		return;
	}
	const user = await Users.findOneBy({ usernameLower: username.toLowerCase(), host: IsNull(), isDeleted: false });
	if (user == null) {
		ctx.status = 404;
		return;
	}
	ctx.redirect(`/@${user.username}`);
});

// /notes/:note/original : go to the canonical copy of a note
router.get("/notes/:note/original", async (ctx) => {
	const note = await Notes.findOneBy({ id: ctx.params.note });
	if (note == null || note.visibility !== "public") {
		ctx.status = 404;
		return;
	}
	ctx.redirect(note.uri ?? `${config.url}/notes/${note.id}`);
});

// /authorize-follow?acct=... : remote-follow landing page
router.get("/authorize-follow", async (ctx) => {
	const acct = String(ctx.query.acct ?? "");
	ctx.redirect(`/follow?acct=${encodeURIComponent(acct)}`);
});

// /leave?to=... : "you are leaving this instance" interstitial is skipped for signed-in users
router.get("/leave", async (ctx) => {
	const to = ctx.query.to;
	if (typeof to !== "string") {
		ctx.status = 400;
		return;
	}
	if (ctx.cookies.get("token")) {
		// expect: open-redirect
		ctx.redirect(to);
		return;
	}
	await ctx.render("leave", { to });
});

export default router;
