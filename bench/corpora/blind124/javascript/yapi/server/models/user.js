const bcrypt = require('bcryptjs');
const baseModel = require('./base.js');

class userModel extends baseModel {
  getName() {
    return 'user';
  }

  getSchema() {
    return { email: String, password: String, username: String };
  }

  findByEmail(email) {
    return this.model.findOne({ email }).exec();
  }

  checkPassword(user, password) {
    return bcrypt.compare(String(password || ''), user.password);
  }
}

module.exports = userModel;
