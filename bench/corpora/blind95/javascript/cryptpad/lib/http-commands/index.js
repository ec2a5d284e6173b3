const Util = require("../common-util");

const COMMANDS = {
    ARCHIVED_BLOB: (Env, args, cb) => Env.blobStore.getArchived(args.id, (err, data) => cb(err, data && data.toString("base64"))),
    UPLOAD_STATUS: (Env, args, cb) => cb(void 0, { pending: false, size: Number(args.size) || 0 }),
    PING: (Env, args, cb) => cb(void 0, { pong: Util.now() }),
};

const handle = (Env, body, cb) => {
    const command = COMMANDS[body.command];
    if (typeof command !== "function") { return void cb("UNKNOWN_COMMAND"); }
    command(Env, body.content || {}, cb);
};

module.exports = { handle };
