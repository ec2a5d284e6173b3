'use strict';

const bcrypt = require('bcrypt');
const User = require('../models/User');

const PUBLIC_FIELDS = 'email name role org bio';

async function authenticate(email, password) {
  // expect: nosql-injection
  const user = await User.findOne({ email, active: true }).exec();
  if (!user) return null;
  const ok = await bcrypt.compare(String(password), user.passwordHash);
  return ok ? user : null;
}

async function authenticateStrict(email, password) {
  if (typeof email !== 'string' || typeof password !== 'string') return null;
  const user = await User.findOne({ email: email.toLowerCase() }).exec();
  if (!user) return null;
  return (await bcrypt.compare(password, user.passwordHash)) ? user : null;
}

async function search(filters) {
  // expect: nosql-injection
  return User.find(filters).select(PUBLIC_FIELDS).limit(50).lean();
}

async function searchByOrg(org, nameFragment) {
  const query = { org: String(org) };
  if (nameFragment) {
    query.name = { $regex: nameFragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
  }
  return User.find(query).select(PUBLIC_FIELDS).limit(50).lean();
}

async function countWhere(expression) {
  // expect: nosql-injection
  return User.countDocuments({ $where: expression });
}

async function updateProfile(userId, changes) {
  const allowed = {};
  for (const key of ['name', 'bio']) {
    if (typeof changes[key] === 'string') allowed[key] = changes[key];
  }
  return User.findByIdAndUpdate(userId, { $set: allowed }, { new: true }).select(PUBLIC_FIELDS).lean();
}

module.exports = { authenticate, authenticateStrict, search, searchByOrg, countWhere, updateProfile };
