const axios = require("axios");
const AppSource = require("../models/AppSource");
const logger = require("../utils/logger");

const OFFICIAL_SOURCE = "https://api.nexterm.dev/appstore";

const fetchIndex = async (baseUrl) => {
    const { data } = await axios.get(`${baseUrl}/index.json`, { timeout: 10000, maxContentLength: 2e6 });
    return Array.isArray(data) ? data : [];
};

module.exports.getAppSources = async () => {
    return AppSource.findAll({ attributes: ["name", "url"] });
};

module.exports.createAppSource = async (configuration) => {
    const existing = await AppSource.findOne({ where: { name: configuration.name } });
    if (existing) return { code: 409, message: "This source already exists" };
    let parsed;
    try {
        parsed = new URL(configuration.url);
    } catch (e) {
        return { code: 400, message: "Invalid url" };
    }
    if (parsed.protocol !== "https:") return { code: 400, message: "Only https sources are supported" };
    return AppSource.create({ name: configuration.name, url: parsed.origin + parsed.pathname.replace(/\/+$/, "") });
};

module.exports.refreshAppSources = async () => {
    const sources = await AppSource.findAll();
    for (const source of [{ name: "official", url: OFFICIAL_SOURCE }, ...sources]) {
        try {
            const apps = await fetchIndex(source.url);
            logger.info("refreshed app source", { name: source.name, apps: apps.length });
        } catch (e) {
            logger.warn("app source unreachable", { name: source.name });
        }
    }
};

// Lets any logged-in user look at a source before an admin adds it.
module.exports.previewAppSource = async (url) => {
    try {
        // expect: ssrf
        const { data } = await axios.get(`${url.replace(/\/+$/, "")}/index.json`, { timeout: 10000 });
        return { apps: Array.isArray(data) ? data.slice(0, 50) : [], raw: Array.isArray(data) ? undefined : data };
    } catch (e) {
        return { code: 400, message: "Source could not be loaded" };
    }
};
