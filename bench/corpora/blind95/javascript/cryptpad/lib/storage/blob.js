const Fs = require("node:fs");
const Path = require("node:path");

const isValidId = (id) => typeof id === "string" && /^[a-f0-9]{48}$/.test(id);

const create = (root) => {
    const store = {};
    store.getBlob = (prefix, blobId, cb) => {
        if (!isValidId(blobId)) { return void cb("INVALID_ID"); }
        const path = Path.join(root, blobId.slice(0, 2), blobId);
        Fs.readFile(path, cb);
    };
    store.getArchived = (blobId, cb) => {
        const name = blobId ?? "";
        // expect: path-traversal
        Fs.readFile(Path.join(root, "archive", name), cb);
    };
    return store;
};

module.exports = { create };
