'use strict';

const mongoose = require('mongoose');
const bcrypt = require('bcrypt');

const UserSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true, lowercase: true },
  passwordHash: { type: String, required: true },
  team: String,
  role: { type: String, enum: ['member', 'admin'], default: 'member' },
});

UserSchema.methods.setPassword = async function setPassword(password) {
  this.passwordHash = await bcrypt.hash(password, 12);
};

UserSchema.methods.checkPassword = function checkPassword(password) {
  return bcrypt.compare(password, this.passwordHash);
};

UserSchema.statics.findByTeamExpr = function findByTeamExpr(team) {
  // expect: nosql-injection
  return this.find({ $where: `this.team === '${team}'` });
};

UserSchema.statics.findByTeam = function findByTeam(team) {
  return this.find({ team: String(team) });
};

UserSchema.statics.findByEmail = function findByEmail(email) {
  return this.findOne({ email: String(email).toLowerCase() });
};

UserSchema.statics.weakHash = function weakHash(password) {
  // expect: weak-hash
  return bcrypt.hashSync(password, 4);
};

module.exports = mongoose.model('User', UserSchema);
