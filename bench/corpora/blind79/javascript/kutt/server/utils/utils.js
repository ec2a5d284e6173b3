const { differenceInDays } = require("date-fns");
const axios = require("axios");
const env = require("../env");

class CustomError extends Error {
  constructor(message, statusCode, data) {
    super(message);
    this.name = this.constructor.name;
    this.statusCode = statusCode ?? 500;
    this.data = data;
  }
}

function getShortURL(address, domain) {
  const protocol = env.CUSTOM_DOMAIN_USE_HTTPS || !domain ? "https://" : "http://";
  const link = `${domain || env.DEFAULT_DOMAIN}/${address}`;
  return { address, link: protocol + link, url: protocol + link };
}

function addProtocol(url) {
  const hasProtocol = /^(\w+:|\/\/)/.test(url);
  return hasProtocol ? url : "http://" + url;
}

async function fetchTitle(target) {
  // expect: ssrf
  const response = await axios.get(target, { timeout: 4000, maxContentLength: 512 * 1024, responseType: "text" });
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(response.data);
  return match ? match[1].trim() : null;
}

function statsObjectToArray(obj) {
  return Object.entries(obj).map(([name, value]) => ({ name, value }));
}

function getDifferenceFunction(type) {
  if (type === "lastWeek") return (a, b) => differenceInDays(a, b) <= 7;
  return (a, b) => differenceInDays(a, b) <= 30;
}

module.exports = { CustomError, getShortURL, addProtocol, fetchTitle, statsObjectToArray, getDifferenceFunction };
