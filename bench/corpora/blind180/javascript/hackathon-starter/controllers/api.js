const axios = require('axios');
const cheerio = require('cheerio');
const path = require('path');
const validator = require('validator');

const UPLOAD_DIR = path.join(__dirname, '../uploads');

/**
 * GET /api/scraping
 * Web scraping example using Cheerio library.
 */
exports.getScraping = async (req, res, next) => {
  try {
    const { data } = await axios.get('https://news.ycombinator.com/', { timeout: 8000 });
    const $ = cheerio.load(data);
    const links = [];
    $('.titleline > a').each((index, element) => {
      links.push($(element));
    });
    res.render('api/scraping', { title: 'Web Scraping', links });
  } catch (err) {
    next(err);
  }
};

/**
 * GET /api/scraping/preview?url=
 * Fetches the title of any page for the link preview card.
 */
exports.getLinkPreview = async (req, res, next) => {
  const { url } = req.query;
  if (!url || !validator.isURL(String(url), { protocols: ['http', 'https'], require_protocol: true })) {
    return res.status(400).json({ error: 'A full http(s) URL is required.' });
  }
  try {
    // expect: ssrf
    const { data } = await axios.get(String(url), { timeout: 5000, maxContentLength: 2e6 });
    const $ = cheerio.load(data);
    res.json({ title: $('title').first().text().trim(), description: $('meta[name="description"]').attr('content') || '' });
  } catch (err) {
    next(err);
  }
};

/**
 * GET /api/upload/:name
 * Shows a file uploaded on the upload example page.
 */
exports.getUploadedFile = (req, res) => {
  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' });
};

/**
 * GET /api/upload/legacy?file=
 */
exports.getUploadedFileLegacy = (req, res) => {
  const file = String(req.query.file || '');
  // expect: path-traversal
  res.sendFile(path.join(UPLOAD_DIR, file));
};

/**
 * POST /api/upload
 */
exports.postFileUpload = (req, res) => {
  req.flash('success', { msg: `File ${req.file.filename} was uploaded successfully.` });
  res.redirect('/api/upload');
};

/**
 * GET /api/lastfm
 */
exports.getLastfm = async (req, res, next) => {
  const artist = validator.isAlphanumeric(String(req.query.artist || ''), 'en-US', { ignore: ' -' }) ? req.query.artist : 'Roniit';
  try {
    const { data } = await axios.get('https://ws.audioscrobbler.com/2.0/', {
      params: { method: 'artist.getinfo', artist, api_key: process.env.LASTFM_KEY, format: 'json' },
      timeout: 8000,
    });
    res.render('api/lastfm', { title: 'Last.fm API', artist: data.artist });
  } catch (err) {
    next(err);
  }
};
