const mongoose = require('mongoose');

const noteSchema = new mongoose.Schema(
  {
    tenant: { type: String, index: true, required: true },
    owner: { type: String, required: true },
    title: String,
    body: String,
    shareToken: { type: String, index: true },
    priority: { type: Number, default: 0 },
  },
  { timestamps: true }
);

module.exports = mongoose.model('Note', noteSchema);
