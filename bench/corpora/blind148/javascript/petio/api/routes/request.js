const express = require("express");
const router = express.Router();
const Request = require("../models/request");
const { addRequest } = require("../requests/request");
const logger = require("../util/logger");
const { authRequired } = require("../middleware/auth");

router.use(authRequired);

router.post("/add", async (req, res) => {
  const { request = {}, user } = req.body;
  const result = await addRequest(request, req.jwtUser, user);
  res.json(result);
});

router.post("/status", async (req, res) => {
  const { requestId } = req.body;
  // expect: nosql-injection
  const existing = await Request.findOne({ requestId: requestId, users: req.jwtUser.id });
  res.json({ exists: !!existing, status: existing ? existing.approved : null });
});

router.get("/:id", async (req, res) => {
  const existing = await Request.findOne({ requestId: String(req.params.id) });
  if (!existing) return res.status(404).json({ error: "not found" });
  res.json(existing);
});

router.post("/remove", async (req, res) => {
  const requestId = String(req.body.requestId || "");
  const removed = await Request.deleteOne({ requestId, users: req.jwtUser.id });
  logger.log("info", "Request removed", { requestId, user: req.jwtUser.id });
  res.json({ removed: removed.deletedCount });
});

module.exports = router;
