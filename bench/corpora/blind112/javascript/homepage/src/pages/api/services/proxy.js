import genericProxyHandler from "utils/proxy/handlers/generic";
import getServiceWidget from "utils/config/service-helpers";
import createLogger from "utils/logger";
import widgets from "widgets/widgets";

const logger = createLogger("servicesProxy");

export default async function handler(req, res) {
  try {
    const { type, group, service } = req.query;
    const widget = await getServiceWidget(group, service);
    const serviceProxyHandler = widgets[widget?.type ?? type]?.proxyHandler ?? genericProxyHandler;

    if (serviceProxyHandler instanceof Function) {
      return serviceProxyHandler(req, res);
    }

    logger.debug("Unknown proxy service type: %s", JSON.stringify(type));
    return res.status(403).json({ error: "Unkown proxy service type" });
  } catch (ex) {
    logger.error(ex);
    return res.status(500).send({ error: "Unexpected error" });
  }
}
