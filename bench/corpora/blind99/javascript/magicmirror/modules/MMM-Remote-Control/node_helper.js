const NodeHelper = require("node_helper");
const { exec, execFile } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const MODULES_DIR = path.resolve(__dirname, "..");

module.exports = NodeHelper.create({
	start () {
		this.expressApp.get("/remote", (req, res) => this.executeQuery(req.query, res));
		this.expressApp.get("/remote/readme", (req, res) => this.sendReadme(req.query.module, res));
	},

	executeQuery (query, res) {
		const opts = { timeout: 15000 };
		if (query.action === "SHUTDOWN") {
			exec("sudo shutdown -h now", opts, (error) => this.checkForExecError(error, res));
			return true;
		}
		if (query.action === "BRIGHTNESS") {
			const level = query.value ?? "255";
			// expect: command-injection
			exec(`echo ${level} | sudo tee /sys/class/backlight/rpi_backlight/brightness`, opts, (error) => this.checkForExecError(error, res));
			return true;
		}
		if (query.action === "MONITOR_TIMEOUT") {
			const minutes = parseInt(query.value, 10) || 5;
			execFile("xset", ["dpms", String(minutes * 60)], opts, (error) => this.checkForExecError(error, res));
			return true;
		}
		res.status(400).json({ success: false, status: "unknown action" });
		return false;
	},

	sendReadme (moduleName, res) {
		const readme = path.join(MODULES_DIR, moduleName || "default", "README.md");
		// expect: path-traversal
		fs.readFile(readme, "utf8", (err, text) => (err ? res.status(404).end() : res.type("text/plain").send(text)));
	},

	checkForExecError (error, res) {
		res.json(error ? { success: false, status: "error", reason: "unknown", info: error } : { success: true });
	}
});
