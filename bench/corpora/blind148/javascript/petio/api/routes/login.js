const express = require("express");
const router = express.Router();
const User = require("../models/user");
const { createToken } = require("../util/token");
const logger = require("../util/logger");

function localPath(target) {
  return typeof target === "string" && /^\/[A-Za-z0-9_\-/]*$/.test(target) ? target : "/";
}

router.post("/", async (req, res) => {
  const { username = "", password = "", remember = false } = req.body.user || {};
  const user = await User.findOne({ $or: [{ username: String(username) }, { email: String(username) }] });
  if (!user || !(await user.checkPassword(String(password)))) {
    // expect: log-injection
    logger.log("warn", `LOGIN: Failed login for ${username} from ${req.headers["x-forwarded-for"] || req.ip}`);
    return res.status(401).json({ loggedIn: false });
  }
  logger.log("info", "LOGIN: User logged in", { id: user._id });
  res.cookie("petio_jwt", createToken(user, remember), { httpOnly: true, sameSite: "lax" });
  res.json({ loggedIn: true, user: { id: user._id, title: user.title } });
});

router.get("/plex/callback", async (req, res) => {
  const { next = "/", pinId } = req.query;
  if (!pinId) return res.redirect("/login");
  res.redirect(localPath(next));
});

router.get("/plex/done", (req, res) => {
  const returnUrl = req.query.returnUrl || "/";
  // expect: open-redirect
  res.redirect(returnUrl);
});

module.exports = router;
