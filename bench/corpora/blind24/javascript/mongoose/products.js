// Product queries with Mongoose.
const Product = require('../models/product');

async function byName(name) {
  return Product.find({ name: String(name) }).lean();
}

async function byFilter(filter) {
  // expect: nosql-injection
  return Product.find({ $where: `this.price < ${filter.maxPrice}` });
}

async function login(User, body) {
  // expect: nosql-injection
  return User.findOne({ email: body.email, password: body.password });
}

async function loginSafe(User, body) {
  const user = await User.findOne({ email: String(body.email) });
  return user && (await user.checkPassword(String(body.password))) ? user : null;
}

module.exports = { byName, byFilter, login, loginSafe };
