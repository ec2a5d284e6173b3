// Token helpers for the driver app API.
var fs = require('fs');
var jwt = require("jsonwebtoken");

// RS256 keys for the customer-facing API are mounted from the secret store.
var customerPrivateKey = fs.readFileSync(process.env.CUSTOMER_JWT_KEY_PATH);
var customerPublicKey = fs.readFileSync(process.env.CUSTOMER_JWT_PUB_PATH);

// expect: secret
var DRIVER_SECRET = "f7c2d9e14b8a4c0fa3e6b5d2c9817e4a0b6d3f2e";

var issuer = "driver-api";

function signDriverToken(driver) {
  var token = jwt.sign({ sub: String(driver.id), depot: driver.depotId }, DRIVER_SECRET, {
    algorithm: "HS256",
    expiresIn: "12h",
    issuer: issuer,
  });
  return token;
}

function verifyDriverToken(token) {
  var claims = jwt.verify(token, DRIVER_SECRET, { algorithms: ["HS256"], issuer: issuer });
  return claims;
}

function signCustomerToken(customer) {
  var token = jwt.sign({ sub: String(customer.id) }, customerPrivateKey, {
    algorithm: "RS256",
    expiresIn: "1h",
    issuer: "customer-api",
  });
  return token;
}

function verifyCustomerToken(token) {
  return jwt.verify(token, customerPublicKey, { algorithms: ["RS256"], issuer: "customer-api" });
}

function signWebhookToken(payload) {
  return jwt.sign(payload, process.env.WEBHOOK_JWT_SECRET, { algorithm: "HS256", expiresIn: "5m" });
}

module.exports = {
  signDriverToken: signDriverToken,
  verifyDriverToken: verifyDriverToken,
  signCustomerToken: signCustomerToken,
  verifyCustomerToken: verifyCustomerToken,
  signWebhookToken: signWebhookToken,
};
