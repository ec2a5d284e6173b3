const express = require("express");
const router = express.Router();
const { testConnection, getServerDetails } = require("../plex/plexConnection");
const logger = require("../util/logger");

/**
 * First-run setup wizard endpoints.
 */
// Setup routes are open until the first admin is created (see middleware/setupGuard).
router.post("/test_server", async (req, res) => {
  const { protocol = "http", host = "", port = "32400", token = "" } = req.body;
  try {
    const result = await testConnection({ protocol, host, port, token });
    res.json({ status: result.status, code: result.code });
  } catch (err) {
    logger.log("warn", "Setup: test server failed");
    res.status(500).json({ status: "failed" });
  }
});

router.get("/server_details", async (req, res) => {
  const details = await getServerDetails();
  res.json(details);
});

router.get("/status", (req, res) => {
  const config = require("../util/config")();
  res.json({ configured: !!(config && config.plexToken), ready: !!(config && config.adminId) });
});

module.exports = router;
