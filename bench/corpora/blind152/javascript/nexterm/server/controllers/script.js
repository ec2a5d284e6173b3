const fs = require("fs");
const path = require("path");
const Script = require("../models/Script");

const SCRIPTS_DIR = path.resolve(process.env.NEXTERM_DATA || "data", "sources");
const OFFICIAL_DIR = path.join(SCRIPTS_DIR, "official");
const SCRIPT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const parseScript = (content) => {
    const lines = content.split("\n");
    const meta = {};
    for (const line of lines) {
        const match = line.match(/^#\s*@(\w+)\s+(.*)$/);
        if (match) meta[match[1]] = match[2].trim();
    }
    return { ...meta, content };
};

module.exports.getScript = async (accountId, scriptId, source = "official") => {
    if (source === "custom") {
        const script = await Script.findOne({ where: { accountId, id: Number(scriptId) } });
        if (!script) return { code: 404, message: "Script not found" };
        return parseScript(script.content);
    }
    if (source === "official") {
        if (!SCRIPT_ID.test(scriptId)) return { code: 400, message: "Invalid script id" };
        const file = path.join(OFFICIAL_DIR, `${scriptId}.nexterm.sh`);
        if (!fs.existsSync(file)) return { code: 404, message: "Script not found" };
        return parseScript(fs.readFileSync(file, "utf-8"));
    }
    const file = path.join(SCRIPTS_DIR, String(source), `${scriptId}.nexterm.sh`);
    if (!fs.existsSync(file)) return { code: 404, message: "Script not found" };
    // expect: path-traversal
    return parseScript(fs.readFileSync(file, "utf-8"));
};
