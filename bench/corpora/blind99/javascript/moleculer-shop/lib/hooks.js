"use strict";

const ALLOWED_HOSTS = new Set(["hooks.slack.com", "discord.com", "hooks.zapier.com"]);

function isAllowedHook(value) {
	try {
		const url = new URL(value);
		return url.protocol === "https:" && ALLOWED_HOSTS.has(url.hostname);
	} catch (e) {
		return false;
	}
}

module.exports = { isAllowedHook };
