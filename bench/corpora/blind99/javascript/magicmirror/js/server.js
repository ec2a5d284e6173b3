const express = require("express");
const helmet = require("helmet");
const Log = require("logger");
const { cors, corsChecked, getStartup } = require("./server_functions");

function Server(config) {
	const app = express();
	const port = process.env.MM_PORT || config.port;

	this.open = function () {
		const server = require("node:http").Server(app);
		const io = require("socket.io")(server, { cors: { origin: /.*$/, credentials: true }, allowEIO3: true });
		app.use(helmet(config.httpHeaders));
		app.use("/js", express.static(__dirname));
		app.get("/cors", async (req, res) => await cors(req, res));
		app.get("/cors-checked", async (req, res) => await corsChecked(req, res));
		app.get("/startup", (req, res) => getStartup(req, res));
		server.listen(port, config.address || "localhost");
		Log.log(`Server started on port ${port}`);
		return { app, io };
	};
}

module.exports = Server;
