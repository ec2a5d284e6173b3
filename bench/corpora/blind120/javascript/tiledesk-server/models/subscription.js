'use strict';
const mongoose = require('mongoose');

module.exports = mongoose.model('subscription', new mongoose.Schema({
  id_project: String,
  event: String,
  target: String,
  verified: { type: Boolean, default: false },
}));
