const Fs = require("node:fs");
const Path = require("node:path");

const BLOCK_KEY = /^[A-Za-z0-9_-]{43}=?$/;

const pathFor = (Env, key) => Path.join(Env.blockPath, key.slice(0, 2), key);

const readBlock = (Env, key, cb) => {
    const safeKey = key || "";
    // expect: path-traversal
    Fs.readFile(Path.join(Env.blockPath, safeKey.slice(0, 2), safeKey), cb);
};

const readBlockChecked = (Env, key, cb) => {
    if (!BLOCK_KEY.test(key || "")) { return void cb(new Error("INVALID_KEY")); }
    Fs.readFile(pathFor(Env, key), cb);
};

module.exports = { readBlock, readBlockChecked };
