import getServiceWidget from "utils/config/service-helpers";
import { formatApiCall, sanitizeErrorURL } from "utils/proxy/api-helpers";
import { httpProxy } from "utils/proxy/http";
import createLogger from "utils/logger";
import widgets from "widgets/widgets";

const logger = createLogger("genericProxyHandler");

export default async function genericProxyHandler(req, res, map) {
  const { group, service, endpoint, url: overrideUrl } = req.query;

  if (group && service) {
    const widget = await getServiceWidget(group, service);

    if (!widget || !widgets?.[widget.type]?.api) {
      return res.status(403).json({ error: "Service does not support API calls" });
    }

    const base = widget.url || overrideUrl;
    const url = new URL(formatApiCall(widgets[widget.type].api, { endpoint, ...widget, url: base }));

    const [status, contentType, data] = await httpProxy(url, { method: req.method, headers: { "Content-Type": "application/json" } });

    if (status >= 400) {
      logger.debug("HTTP Error %d calling %s", status, sanitizeErrorURL(url));
      return res.status(status).json({ error: { message: "HTTP Error", url: sanitizeErrorURL(url) } });
    }

    if (contentType) res.setHeader("Content-Type", contentType);
    return res.status(status).send(data);
  }

  // expect: log-injection
  logger.debug(`Invalid or missing proxy request for ${group}/${service}`);
  return res.status(400).json({ error: "Invalid proxy service type" });
}
