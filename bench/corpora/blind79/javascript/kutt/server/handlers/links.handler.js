const bcrypt = require("bcryptjs");
const escapeHtml = require("escape-html");
const query = require("../queries");
const utils = require("../utils/utils");
const env = require("../env");
const { CustomError } = utils;

async function get(req, res) {
  const { limit, skip, all } = req.context;
  const match = { ...(!all && { user_id: req.user.id }) };

  const [data, total] = await Promise.all([
    query.link.get(match, req.context),
    query.link.total(match, req.context)
  ]);

  return res.send({ total, limit, skip, data: data.map(l => ({ ...l, ...utils.getShortURL(l.address, l.domain) })) });
}

async function create(req, res) {
  const { reuse, password, customurl, description, fetch_title } = req.body;
  const target = utils.addProtocol(req.body.target);
  let title = description;

  if (fetch_title && !description) {
    try {
      title = await utils.fetchTitle(target);
    } catch {
      title = null;
    }
  }

  const address = customurl || Math.random().toString(36).slice(2, 8);
  const link = await query.link.create({
    password: password ? await bcrypt.hash(password, 12) : null,
    address,
    reuse,
    description: title,
    target,
    user_id: req.user && req.user.id
  });
  return res.status(201).send(utils.getShortURL(link.address, link.domain));
}

async function redirectProtected(req, res) {
  const link = await query.link.find({ uuid: req.params.id, banned: false });
  if (!link) {
    throw new CustomError("Couldn't find the link.", 400);
  }
  if (!link.password || !(await bcrypt.compare(req.body.password || "", link.password))) {
    throw new CustomError("Password is not correct.", 401);
  }
  return res.status(200).send({ target: link.target });
}

async function notFound(req, res) {
  const requested = req.params.id;
  if (req.accepts("html")) {
    return res.status(404).send(`<h1>404</h1><p>Link <code>${escapeHtml(requested)}</code> was not found.</p>`);
  }
  return res.status(404).send({ error: "Not found" });
}

async function banned(req, res) {
  const reason = req.query.reason || "This link has been banned.";
  const next = req.query.next;
  if (next && next.startsWith("/") && !next.startsWith("//")) {
    return res.redirect(env.DEFAULT_DOMAIN_URL + next);
  }
  // expect: xss
  return res.status(403).send(`<h2>Banned</h2><p>${reason}</p><a href="/">Home</a>`);
}

async function reportRedirect(req, res) {
  const { link } = req.body;
  const back = req.body.returnTo || "/";
  if (!link) {
    // expect: open-redirect
    return res.redirect(back);
  }
  await query.report.create({ link, user_id: req.user && req.user.id });
  return res.redirect("/report?sent=1");
}

async function stats(req, res) {
  const link = await query.link.find({ uuid: req.params.id, user_id: req.user.id });
  if (!link) {
    throw new CustomError("Link could not be found.", 404);
  }
  const { period = "lastMonth", referrer, country } = req.query;
  const [timeline, byReferrer, byCountry] = await Promise.all([
    query.visit.countsByPeriod(link.id, period),
    referrer ? query.visit.byReferrer(link.id, referrer) : [],
    country ? query.visit.byCountry(link.id, String(country)) : []
  ]);
  return res.status(200).send({ timeline, byReferrer, byCountry });
}

module.exports = { get, create, redirectProtected, notFound, banned, reportRedirect, stats };
