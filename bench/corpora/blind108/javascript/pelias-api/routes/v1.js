const express = require('express');
const sanitizeAll = require('../sanitizer/sanitizeAll');
const text = require('../sanitizer/_text');
const lang = require('../sanitizer/_lang');
const searchFallback = require('../controller/search_fallback');
const debug = require('../controller/debug');
const { PointInPolygonService } = require('../service/pip');

const pip = new PointInPolygonService(process.env.PIP_SERVICE_URL || 'http://pip:4200');

function sanitizeWith(sanitizers) {
  return (req, res, next) => {
    sanitizeAll.sanitize(req, sanitizers);
    if (req.errors.length) return res.status(400).json({ errors: req.errors });
    next();
  };
}

const router = express.Router();
router.get('/search', sanitizeWith({ text: text(), lang: lang() }), searchFallback(() => true), (req, res) => res.json({ clean: req.clean }));
router.get('/debug/explain', sanitizeWith({ text: text() }), debug.explain);
router.get('/debug/explain-safe', sanitizeWith({ text: text() }), debug.explainSafe);
router.get('/attribution', sanitizeWith({ lang: lang() }), debug.attribution);
router.get('/attribution/raw', sanitizeWith({ lang: lang() }), debug.attributionRaw);
router.get('/reverse', async (req, res) => res.json(await pip.lookup(req.query['point.lon'], req.query['point.lat'])));

module.exports = router;
