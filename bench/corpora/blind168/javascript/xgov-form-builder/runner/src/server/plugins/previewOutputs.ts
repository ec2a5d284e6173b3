import Joi from "joi";
import { Server } from "@hapi/hapi";
import config from "../config";
import { HapiRequest, HapiResponseToolkit } from "../types";

export default {
  plugin: {
    name: "previewOutputs",
    register: (server: Server) => {
      if (!config.previewMode) return;

      server.route({
        method: "post",
        path: "/api/preview/{id}/test-output",
        options: {
          validate: {
            payload: Joi.object({
              url: Joi.string().uri({ scheme: ["http", "https"] }).required(),
              sample: Joi.object().unknown(true).default({}),
            }),
          },
        },
        handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
          const { webhookService } = request.services([]);
          const { url, sample } = request.payload as { url: string; sample: object };
          const result = await webhookService.postTestSubmission(url, { formId: request.params.id, ...sample });
          return h.response(result).type("application/json");
        },
      });

      server.route({
        method: "post",
        path: "/session/{formId}",
        options: {
          validate: {
            payload: Joi.object({
              options: Joi.object({ callbackUrl: Joi.string().uri().required(), message: Joi.string().allow("") }).required(),
              questions: Joi.array().items(Joi.object().unknown(true)).default([]),
            }),
          },
        },
        handler: async (request: HapiRequest, h: HapiResponseToolkit) => {
          const { webhookService, cacheService } = request.services([]);
          const { options, questions } = request.payload as { options: { callbackUrl: string }; questions: object[] };
          const token = await cacheService.createToken(options.callbackUrl, { questions });
          await webhookService.postCallback(options.callbackUrl, { event: "session-initialised", formId: request.params.formId });
          return h.response({ token }).code(201);
        },
      });
    },
  },
};
