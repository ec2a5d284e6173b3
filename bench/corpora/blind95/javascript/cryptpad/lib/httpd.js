// Node HTTP server for the blob and block endpoints
const http = require("node:http");
const { URL } = require("node:url");
const BlobStore = require("./storage/blob");
const Block = require("./storage/block");
const Commands = require("./http-commands");
const Decrees = require("./decrees");

const Env = {
    blobPath: process.env.CP_BLOB_PATH || "./blob",
    blockPath: process.env.CP_BLOCK_PATH || "./block",
    httpUnsafeOrigin: process.env.CP_ORIGIN || "http://localhost:3000",
};
Env.blobStore = BlobStore.create(Env.blobPath);

const send = (res, code, body, type) => {
    res.writeHead(code, { "Content-Type": type || "application/json" });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
};

const readBody = (req, cb) => {
    let data = "";
    req.on("data", (chunk) => { data += chunk; });
    req.on("end", () => {
        try { cb(void 0, JSON.parse(data || "{}")); } catch (e) { cb(e); }
    });
};

const server = http.createServer((req, res) => {
    const url = new URL(req.url, Env.httpUnsafeOrigin);
    const parts = url.pathname.split("/").filter(Boolean);

    if (parts[0] === "blob" && req.method === "GET") {
        return Env.blobStore.getBlob(parts[1], parts[2], (err, data) => {
            if (err) { return send(res, 404, { error: "ENOENT" }); }
            send(res, 200, data, "application/octet-stream");
        });
    }
    if (parts[0] === "block" && req.method === "GET") {
        return Block.readBlock(Env, url.searchParams.get("key"), (err, data) => {
            if (err) { return send(res, 404, { error: err.message }); }
            send(res, 200, data, "application/octet-stream");
        });
    }
    if (parts[0] === "block-safe" && req.method === "GET") {
        return Block.readBlockChecked(Env, url.searchParams.get("key"), (err, data) => {
            if (err) { return send(res, 404, { error: err.message }); }
            send(res, 200, data, "application/octet-stream");
        });
    }
    if (parts[0] === "api" && parts[1] === "http-command" && req.method === "POST") {
        return readBody(req, (err, body) => {
            if (err) { return send(res, 400, { error: "EINVAL" }); }
            Commands.handle(Env, body, (e, out) => send(res, e ? 500 : 200, e ? { error: e } : out));
        });
    }
    if (parts[0] === "api" && parts[1] === "broadcast") {
        const msg = url.searchParams.get("msg") || "";
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        // expect: xss
        return res.end(Decrees.renderBroadcast(msg));
    }
    if (parts[0] === "api" && parts[1] === "broadcast-safe") {
        const msg = url.searchParams.get("msg") || "";
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return res.end(Decrees.renderBroadcastSafe(msg));
    }
    if (parts[0] === "logout") {
        const redirect = url.searchParams.get("redirect");
        // expect: open-redirect
        res.writeHead(302, { Location: redirect || "/" });
        return res.end();
    }
    if (parts[0] === "logout-safe") {
        const redirect = url.searchParams.get("redirect") || "/";
        const target = new URL(redirect, Env.httpUnsafeOrigin);
        res.writeHead(302, { Location: target.origin === Env.httpUnsafeOrigin ? target.pathname : "/" });
        return res.end();
    }
    send(res, 404, { error: "not found" });
});

server.listen(3000, "127.0.0.1");
