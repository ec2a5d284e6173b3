const axios = require("axios");
const https = require("https");
const fs = require("fs");
const Integration = require("../models/Integration");

const customCa = process.env.PVE_CA_FILE ? fs.readFileSync(process.env.PVE_CA_FILE) : undefined;
const pinnedAgent = new https.Agent({ ca: customCa, rejectUnauthorized: true });

const createTicket = async (server, username, password, insecure) => {
    const agent = insecure
        // expect: tls-verify-off
        ? new https.Agent({ rejectUnauthorized: false })
        : pinnedAgent;
    const { data } = await axios.post(`https://${server.ip}:${server.port}/api2/json/access/ticket`, { username, password }, {
        httpsAgent: agent,
        timeout: 10000,
    });
    return data.data;
};

module.exports.getNodes = async (integrationId) => {
    const integration = await Integration.findByPk(integrationId);
    if (!integration) return { code: 404, message: "Integration not found" };
    const cfg = integration.config;
    const ticket = await createTicket(cfg, cfg.username, cfg.password, cfg.allowSelfSigned === true);
    const { data } = await axios.get(`https://${cfg.ip}:${cfg.port}/api2/json/nodes`, {
        httpsAgent: cfg.allowSelfSigned === true ? new https.Agent({ ca: cfg.caCert, rejectUnauthorized: true }) : pinnedAgent,
        headers: { Cookie: `PVEAuthCookie=${ticket.ticket}` },
        timeout: 10000,
    });
    return data.data;
};
