import Joi from "joi";
import { Server } from "@hapi/hapi";
import config from "../config";
import { HapiRequest, HapiResponseToolkit } from "../types";

function isSafeRedirect(target?: string) {
  if (!target) return false;
  return target.startsWith("/") && !target.startsWith("//") && !/[\\\r\n]/.test(target);
}

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]!));
}

export default {
  plugin: {
    name: "router",
    register: (server: Server) => {
      server.route([
        {
          method: "get",
          path: "/help/cookies",
          handler: async (_request: HapiRequest, h: HapiResponseToolkit) => h.view("help/cookies"),
        },
        {
          method: "post",
          path: "/help/cookies",
          options: {
            validate: { payload: Joi.object({ cookies: Joi.string().valid("accept", "reject").required(), referrer: Joi.string().allow("") }) },
          },
          handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
            const { cookies, referrer } = request.payload as { cookies: string; referrer?: string };
            h.state("cookies_policy", { analytics: cookies === "accept" ? "on" : "off" }, { isHttpOnly: false, path: "/" });
            return h.redirect(isSafeRedirect(referrer) ? referrer! : "/help/cookies");
          },
        },
        {
          method: "get",
          path: "/{id}/exit",
          handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
            const { cacheService } = request.services([]);
            await cacheService.clearState(request);
            const returnUrl = request.query.returnUrl as string | undefined;
            // expect: open-redirect
            if (returnUrl) return h.redirect(returnUrl);
            return h.redirect(config.serviceStartPage);
          },
        },
        {
          method: "get",
          path: "/{id}/not-found",
          handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
            return h.view("404", { formId: request.params.id, serviceName: config.serviceName }).code(404);
          },
        },
        {
          method: "get",
          path: "/{id}/unavailable",
          handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
            const contact = escapeHtml(String(request.query.contact ?? config.feedbackEmail));
            // expect: xss
            return h.response(`<h1 class="govuk-heading-l">Form ${request.params.id} is unavailable</h1><p class="govuk-body">Contact ${contact}</p>`).type("text/html").code(503);
          },
        },
      ]);
    },
  },
};
