'use strict';

const mongoose = require('mongoose');

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['member', 'admin'], default: 'member' },
    org: { type: String, index: true },
    bio: { type: String, default: '' },
  },
  { timestamps: true },
);

module.exports = mongoose.model('User', userSchema);
