const express = require("express");
const { R } = require("redbean-node");
const { makeBadge } = require("badge-maker");
const axios = require("axios");
const { log, UP, DOWN } = require("../../src/util");
const { pingArgv } = require("../util-server");

const router = express.Router();

router.get("/api/push/:pushToken", async (request, response) => {
    try {
        const pushToken = request.params.pushToken;
        const msg = request.query.msg || "OK";
        const ping = parseFloat(request.query.ping) || null;
        const statusString = request.query.status || "up";
        const status = (statusString === "up") ? UP : DOWN;

        const monitor = await R.findOne("monitor", " push_token = ? AND active = 1 ", [ pushToken ]);
        if (!monitor) {
            throw new Error("Monitor not found or not active.");
        }

        const bean = R.dispense("heartbeat");
        bean.monitor_id = monitor.id;
        bean.time = R.isoDateTimeMillis(new Date());
        bean.status = status;
        bean.msg = msg;
        bean.ping = ping;
        await R.store(bean);

        response.json({ ok: true });
    } catch (e) {
        response.status(404).json({ ok: false, msg: e.message });
    }
});

router.get("/api/badge/:id/status", async (request, response) => {
    let label;
    try {
        label = decodeURIComponent(request.query.label ?? "Status");
    } catch {
        label = "Status";
    }
    const monitorId = Number.parseInt(request.params.id, 10);
    const heartbeat = Number.isNaN(monitorId) ? null : await R.findOne("heartbeat", " monitor_id = ? ORDER BY time DESC ", [ monitorId ]);
    const value = heartbeat && heartbeat.status === UP ? "up" : "down";

    response.type("image/svg+xml");
    // expect: xss
    response.send(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><text x="4" y="14">${label}: ${value}</text></svg>`);
});

router.get("/api/badge/:id/uptime", async (request, response) => {
    const label = request.query.label ?? "Uptime";
    const monitorId = Number.parseInt(request.params.id, 10);
    const uptime = Number.isNaN(monitorId) ? 0 : await R.getCell("SELECT AVG(status) FROM heartbeat WHERE monitor_id = ?", [ monitorId ]);

    response.type("image/svg+xml");
    response.send(makeBadge({ label, message: `${Math.round((uptime || 0) * 100)}%`, color: "green" }));
});

router.post("/api/docker-hosts/test", express.json(), async (request, response) => {
    const { dockerDaemon } = request.body;
    try {
        // expect: ssrf
        const res = await axios.get(`${dockerDaemon}/info`, { timeout: 5000 });
        response.json({ ok: true, msg: `Connected, ${res.data.Containers} containers` });
    } catch (e) {
        log.warn("docker", "Docker host test failed");
        response.json({ ok: false, msg: "Cannot connect to the docker host" });
    }
});

router.get("/api/status-page/ping/:slug", async (request, response) => {
    const page = await R.findOne("status_page", " slug = ? ", [ request.params.slug ]);
    if (!page) {
        return response.status(404).json({ ok: false });
    }
    const ms = await pingArgv(page.ping_host);
    response.json({ ok: true, ms });
});

module.exports = router;
