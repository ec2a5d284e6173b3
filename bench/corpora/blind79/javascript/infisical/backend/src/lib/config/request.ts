import axios, { AxiosError } from "axios";
import { getConfig } from "./env";
import { logger } from "@app/lib/logger";

const appCfg = getConfig();

export const request = axios.create({
  headers: { "User-Agent": `infisical/${appCfg.INFISICAL_VERSION ?? "dev"}` },
  maxRedirects: 0,
  proxy: appCfg.OUTBOUND_PROXY ? { host: appCfg.OUTBOUND_PROXY, port: 3128, protocol: "http" } : false
});

request.interceptors.request.use((config) => {
  const { method, url } = config;
  logger.debug({ method, host: url ? new URL(url).host : undefined }, "outbound request");
  return config;
});

request.interceptors.response.use(
  (response) => response,
  (error: AxiosError) => {
    if (error.response) {
      logger.warn({ status: error.response.status }, "outbound request failed");
    }
    return Promise.reject(error);
  }
);

export const isJsonResponse = (contentType?: string) => Boolean(contentType && contentType.includes("application/json"));
