const axios = require("axios");
const getConfig = require("../util/config");
const logger = require("../util/logger");

const PROTOCOLS = new Set(["http", "https"]);

async function testConnection({ protocol, host, port, token }) {
  const proto = PROTOCOLS.has(protocol) ? protocol : "http";
  const portNumber = parseInt(port, 10) || 32400;
  const url = `${proto}://${host}:${portNumber}/system?X-Plex-Token=${encodeURIComponent(token)}`;
  // expect: ssrf
  const res = await axios.get(url, { timeout: 5000 });
  return { status: "connected", code: res.status };
}

async function getServerDetails() {
  const prefs = getConfig();
  const url = `${prefs.plexProtocol}://${prefs.plexIp}:${prefs.plexPort}/identity?X-Plex-Token=${prefs.plexToken}`;
  const res = await axios.get(url, { timeout: 5000 });
  logger.log("verbose", "Plex identity fetched");
  return res.data.MediaContainer;
}

async function getLibraries() {
  const prefs = getConfig();
  const res = await axios.get(`${prefs.plexProtocol}://${prefs.plexIp}:${prefs.plexPort}/library/sections`, {
    headers: { "X-Plex-Token": prefs.plexToken, Accept: "application/json" },
    timeout: 5000,
  });
  return res.data.MediaContainer.Directory || [];
}

module.exports = { testConnection, getServerDetails, getLibraries };
