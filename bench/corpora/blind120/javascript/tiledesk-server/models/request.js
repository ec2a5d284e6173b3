'use strict';
const mongoose = require('mongoose');

const RequestSchema = new mongoose.Schema({
  request_id: { type: String, index: true },
  id_project: { type: String, index: true },
  status: { type: Number, index: true },
  first_text: String,
  department: String,
  participants: [String],
}, { timestamps: true });

module.exports = mongoose.model('request', RequestSchema);
