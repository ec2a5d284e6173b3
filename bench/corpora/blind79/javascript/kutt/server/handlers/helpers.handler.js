const { validationResult } = require("express-validator");
const { CustomError } = require("../utils/utils");
const env = require("../env");

function error(error, req, res, next) {
  if (!(error instanceof CustomError)) {
    console.error(error);
  }
  if (error instanceof CustomError) {
    return res.status(error.statusCode || 500).json({ error: error.message || "An error occurred." });
  }
  return res.status(500).json({ error: "An error occurred." });
}

function verify(req, res, next) {
  const result = validationResult(req);
  if (result.isEmpty()) return next();
  const errors = result.array();
  throw new CustomError(errors[0].msg, 400);
}

function query(req, res, next) {
  const { admin } = req.user || {};

  const limitRaw = parseInt(req.query.limit, 10);
  const skipRaw = parseInt(req.query.skip, 10);
  const limit = Number.isNaN(limitRaw) ? 10 : Math.min(limitRaw, 50);
  const skip = Number.isNaN(skipRaw) ? 0 : Math.max(skipRaw, 0);

  req.context = {
    limit,
    skip,
    all: admin ? req.query.all === "true" : false,
    search: req.query.search || "",
    sort: req.query.sort || "created_at"
  };

  next();
}

function parseQueryParams(req, res, next) {
  const parsedQuery = {};
  for (const [key, value] of Object.entries(req.query)) {
    parsedQuery[key] = value === "true" ? true : value === "false" ? false : value;
  }
  req.parsedQuery = parsedQuery;
  next();
}

module.exports = { error, verify, query, parseQueryParams };
