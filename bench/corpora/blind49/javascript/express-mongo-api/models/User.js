const mongoose = require('mongoose');
const bcrypt = require('bcrypt');

const userSchema = new mongoose.Schema(
  {
    username: { type: String, required: true, unique: true, trim: true },
    email: { type: String, required: true, lowercase: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['reader', 'author', 'editor'], default: 'reader' },
    apiKey: { type: String, index: true },
  },
  { timestamps: true },
);

userSchema.methods.checkPassword = function checkPassword(plain) {
  return bcrypt.compare(String(plain), this.passwordHash);
};

module.exports = mongoose.models.User || mongoose.model('User', userSchema);
