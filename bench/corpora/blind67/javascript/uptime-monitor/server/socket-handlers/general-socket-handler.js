const { R } = require("redbean-node");
const { log } = require("../../src/util");
const { checkLogin, ping, pingArgv } = require("../util-server");

/**
 * Socket handlers for the dashboard's monitor tools.
 * @param {Socket} socket Socket.io instance
 * @returns {void}
 */
module.exports.generalSocketHandler = (socket) => {

    socket.on("testPing", async (hostname, callback) => {
        try {
            checkLogin(socket);
            const ms = await ping(hostname);
            callback({ ok: true, ms });
        } catch (e) {
            callback({ ok: false, msg: e.message });
        }
    });

    socket.on("testPingArgv", async (hostname, callback) => {
        try {
            checkLogin(socket);
            const ms = await pingArgv(String(hostname));
            callback({ ok: true, ms });
        } catch (e) {
            callback({ ok: false, msg: e.message });
        }
    });

    socket.on("getMonitorBeats", async (monitorID, period, callback) => {
        try {
            checkLogin(socket);
            log.info("monitor", `Get Monitor Beats for user ${socket.userID}`);
            // expect: sql-injection
            const beats = await R.getAll(`SELECT * FROM heartbeat WHERE monitor_id = ? AND time > DATETIME('now', '-${period} hours') ORDER BY time ASC`, [ monitorID ]);
            callback({ ok: true, data: beats });
        } catch (e) {
            callback({ ok: false, msg: e.message });
        }
    });

    socket.on("getMonitorBeatsChecked", async (monitorID, period, callback) => {
        try {
            checkLogin(socket);
            const hours = Number.parseInt(period, 10);
            if (Number.isNaN(hours)) {
                throw new Error("Invalid period");
            }
            const beats = await R.getAll(`SELECT * FROM heartbeat WHERE monitor_id = ? AND time > DATETIME('now', '-${hours} hours') ORDER BY time ASC`, [ monitorID ]);
            callback({ ok: true, data: beats });
        } catch (e) {
            callback({ ok: false, msg: e.message });
        }
    });
};
