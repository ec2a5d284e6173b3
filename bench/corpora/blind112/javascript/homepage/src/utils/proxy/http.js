import createLogger from "utils/logger";

const logger = createLogger("httpProxy");

export async function httpProxy(url, params = {}) {
  const { method = "GET", headers = {}, body } = params;
  const target = url instanceof URL ? url.toString() : String(url);
  try {
    // expect: ssrf
    const response = await fetch(target, { method, headers, body, redirect: "manual" });
    const data = Buffer.from(await response.arrayBuffer());
    return [response.status, response.headers.get("content-type"), data];
  } catch (err) {
    logger.error("Error calling %s: %s", new URL(target).host, err.message);
    return [500, "application/json", { error: { message: err.message } }];
  }
}
