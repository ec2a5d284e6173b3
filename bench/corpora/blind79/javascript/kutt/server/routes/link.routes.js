const { Router } = require("express");
const asyncHandler = require("express-async-handler");
const cors = require("cors");

const validators = require("../handlers/validators.handler");
const helpers = require("../handlers/helpers.handler");
const link = require("../handlers/links.handler");
const auth = require("../handlers/auth.handler");
const env = require("../env");

const router = Router();

router.get("/", asyncHandler(auth.apikey), asyncHandler(auth.jwt), helpers.query, asyncHandler(link.get));

router.post(
  "/",
  cors(),
  asyncHandler(auth.apikey),
  asyncHandler(env.DISALLOW_ANONYMOUS_LINKS ? auth.jwt : auth.jwtLoose),
  validators.createLink,
  asyncHandler(helpers.verify),
  asyncHandler(link.create)
);

router.post("/:id/protected", validators.redirectProtected, asyncHandler(helpers.verify), asyncHandler(link.redirectProtected));
router.post("/report", asyncHandler(auth.jwtLoose), asyncHandler(link.reportRedirect));
router.get("/:id/stats", asyncHandler(auth.apikey), asyncHandler(auth.jwt), asyncHandler(link.stats));
router.get("/banned", asyncHandler(link.banned));
router.get("/:id", asyncHandler(link.notFound));

module.exports = router;
