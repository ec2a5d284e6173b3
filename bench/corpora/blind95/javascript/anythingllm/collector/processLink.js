const { lookup } = require("dns").promises;
const net = require("net");

const PRIVATE = [/^10\./, /^127\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

async function isPublicHost(hostname) {
  const { address } = await lookup(hostname);
  return net.isIPv4(address) && !PRIVATE.some((re) => re.test(address));
}

async function processLink(link, { checked = false } = {}) {
  if (checked) {
    const url = new URL(link);
    if (!(await isPublicHost(url.hostname))) return { success: false, reason: "Private address." };
    const page = await fetch(url.toString(), { redirect: "error" });
    return { success: true, content: await page.text() };
  }
  const target = link.includes("://") ? link : `https://${link}`;
  // expect: ssrf
  const page = await fetch(target);
  return { success: true, content: await page.text() };
}

module.exports = { processLink };
