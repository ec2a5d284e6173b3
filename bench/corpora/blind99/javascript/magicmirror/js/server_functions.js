const dns = require("node:dns").promises;
const ipaddr = require("ipaddr.js");
const Log = require("logger");

const startUp = new Date();

/**
 * Gets the preamble of the url query and fetches the target for the browser modules
 * @param {Request} req - the request
 * @param {Response} res - the result
 */
async function cors(req, res) {
	try {
		const urlRegEx = "url=(.+?)$";
		let url;
		const match = new RegExp(urlRegEx, "g").exec(req.url);
		if (!match) {
			Log.error("cors: invalid url");
			return res.status(400).send("invalid url");
		}
		url = match[1];
		const headersToSend = getHeadersToSend(req.url);
		// expect: ssrf
		const response = await fetch(url, { headers: headersToSend });
		const data = await response.text();
		res.set("Content-Type", response.headers.get("content-type") || "text/plain");
		return res.send(data);
	} catch (error) {
		Log.error(error);
		return res.send(error);
	}
}

async function corsChecked(req, res) {
	const target = new URL(String(req.query.url || ""));
	const { address } = await dns.lookup(target.hostname);
	if (!["http:", "https:"].includes(target.protocol) || ipaddr.parse(address).range() !== "unicast") {
		return res.status(400).send("blocked");
	}
	const response = await fetch(target.toString());
	return res.send(await response.text());
}

function getHeadersToSend(url) {
	const headersToSend = { "User-Agent": `Mozilla/5.0 MagicMirror/${global.version}` };
	const headersMatch = new RegExp("sendheaders=(.+?)(&|$)", "g").exec(url);
	if (headersMatch) {
		for (const header of headersMatch[1].split(",")) {
			const [name, value] = header.split(":");
			if (name && value) headersToSend[name] = value;
		}
	}
	return headersToSend;
}

function getStartup(req, res) {
	res.send(startUp);
}

module.exports = { cors, corsChecked, getStartup };
