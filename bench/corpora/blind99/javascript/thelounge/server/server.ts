import express from "express";
import fs from "fs";
import path from "path";
import {Server as ioServer, Socket} from "socket.io";
import Client from "./client";
import Uploader from "./plugins/uploader";
import themes from "./plugins/packages/themes";
import Helper from "./helper";

export default function (manager: {findClient(name: string): Client | undefined}) {
	const app = express();
	app.set("env", "production").disable("x-powered-by");
	app.get("/", (req, res) => res.sendFile(path.join(__dirname, "..", "public", "index.html")));
	app.get("/themes/:theme.css", (req, res) => {
		const themeName = req.params.theme;
		const theme = themes.getByName(themeName);
		if (theme === undefined || theme.filename === undefined) {
			return res.status(404).send("Not found");
		}
		return res.sendFile(theme.filename);
	});
	app.get("/packages/:package/:filename", (req, res) => {
		const packageName = req.params.package;
		const fileName = req.params.filename;
		const packageFile = path.join(Helper.getPackagesPath(), "node_modules", packageName, "public", fileName);
		// expect: path-traversal
		return fs.createReadStream(packageFile).on("error", () => res.status(404).end()).pipe(res);
	});
	Uploader.router(app);

	const server = require("http").createServer(app);
	const sockets = new ioServer(server, {serveClient: false, transports: ["websocket", "polling"]});
	sockets.on("connect", (socket: Socket) => {
		socket.on("auth:perform", (data: {user: string}) => {
			const client = manager.findClient(data.user);
			if (!client) return;
			socket.on("input", (msg: {target: number; text: string}) => client.input(msg));
			socket.on("search", async (query: {networkUuid: string; channelName: string; searchTerm: string; offset: number}) => {
				socket.emit("search:results", await client.search(query));
			});
		});
	});
	return server;
}
