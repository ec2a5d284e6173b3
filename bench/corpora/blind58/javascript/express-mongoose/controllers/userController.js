'use strict';

const userService = require('../services/userService');

exports.login = async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await userService.authenticate(email, password);
    if (!user) return res.status(401).json({ error: 'invalid credentials' });
    req.session.userId = user.id;
    return res.json({ ok: true });
  } catch (err) {
    return next(err);
  }
};

exports.loginStrict = async (req, res, next) => {
  try {
    const user = await userService.authenticateStrict(req.body.email, req.body.password);
    if (!user) return res.status(401).json({ error: 'invalid credentials' });
    req.session.userId = user.id;
    return res.json({ ok: true });
  } catch (err) {
    return next(err);
  }
};

exports.search = async (req, res, next) => {
  try {
    const filters = { ...req.query, role: 'member' };
    res.json(await userService.search(filters));
  } catch (err) {
    next(err);
  }
};

exports.byOrg = async (req, res, next) => {
  try {
    res.json(await userService.searchByOrg(req.params.org, req.query.name));
  } catch (err) {
    next(err);
  }
};

exports.stats = async (req, res, next) => {
  try {
    const minAge = req.query.minAge || '0';
    const expr = `this.age >= ${minAge}`;
    res.json({ count: await userService.countWhere(expr) });
  } catch (err) {
    next(err);
  }
};

exports.updateMe = async (req, res, next) => {
  try {
    res.json(await userService.updateProfile(req.session.userId, req.body));
  } catch (err) {
    next(err);
  }
};

exports.profileCard = async (req, res, next) => {
  try {
    const users = await userService.searchByOrg(req.params.org, '');
    const title = req.query.title || 'Team';
    let html = `<section><h2>${title}</h2><ul>`;
    for (const u of users) {
      html += `<li>${u.name}</li>`;
    }
    html += '</ul></section>';
    // expect: xss
    res.send(html);
  } catch (err) {
    next(err);
  }
};

exports.view = (req, res) => {
  const view = req.session.view === 'grid' ? 'grid' : 'list';
  res.json({ view, density: req.session.density || 'comfortable' });
};
