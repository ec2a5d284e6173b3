const express = require("express");
const http = require("http");
const { Server } = require("socket.io");
const { R } = require("redbean-node");
const apiRouter = require("./routers/api-router");
const { generalSocketHandler } = require("./socket-handlers/general-socket-handler");
const { log } = require("../src/util");

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.use(express.json());
app.use(apiRouter);

io.on("connection", async (socket) => {
    socket.userID = null;
    socket.on("loginByToken", async (token, callback) => {
        const user = await R.findOne("user", " active = 1 AND api_token = ? ", [ String(token) ]);
        if (user) {
            socket.userID = user.id;
        }
        callback({ ok: Boolean(user) });
    });
    generalSocketHandler(socket);
});

const port = Number.parseInt(process.env.UPTIME_KUMA_PORT || "3001", 10);
server.listen(port, () => {
    log.info("server", `Listening on ${port}`);
});
