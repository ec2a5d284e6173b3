import Joi from "joi";
import { nanoid } from "nanoid";
import { ServerRoute } from "@hapi/hapi";
import newFormJson from "../../../new-form.json";
import { publish } from "../../lib/publish";
import { HapiRequest } from "../../types";

const FORM_NAME = /^[a-zA-Z0-9 _-]+$/;

export const registerNewFormWithRunner: ServerRoute = {
  method: "post",
  path: "/api/new",
  options: {
    validate: {
      payload: Joi.object({ selected: Joi.object({ Key: Joi.string().required() }).required(), name: Joi.string().allow("") }),
    },
    handler: async (request: HapiRequest, h) => {
      const { persistenceService } = request.services([]);
      const { selected, name } = request.payload as { selected: { Key: string }; name?: string };
      if (name && !FORM_NAME.test(name)) {
        return h.response("Form name should not contain special characters").code(400);
      }
      const newName = name ? `${name.replace(/\s/g, "-")}` : nanoid(10);
      const source = selected.Key === "New" ? newFormJson : await persistenceService.getConfiguration(selected.Key.replace(/\.json$/, ""));
      await persistenceService.uploadConfiguration(newName, JSON.stringify(source));
      await publish(newName, source);
      return h.response({ id: newName, previewUrl: `/${newName}` }).type("application/json");
    },
  },
};

export const getFormWithId: ServerRoute = {
  method: "get",
  path: "/api/{id}/data",
  options: {
    handler: async (request: HapiRequest, h) => {
      const { id } = request.params;
      const { persistenceService } = request.services([]);
      try {
        const configuration = await persistenceService.getConfiguration(id);
        return h.response(JSON.parse(configuration)).type("application/json");
      } catch (error) {
        request.logger.error(["GET /api/{id}/data", "getFormWithId"], error);
        return h.response({ ok: false, err: "Not found" }).code(404);
      }
    },
  },
};

export const putFormWithId: ServerRoute = {
  method: "put",
  path: "/api/{id}/data",
  options: {
    payload: { parse: true, maxBytes: 2 * 1024 * 1024 },
    validate: { params: Joi.object({ id: Joi.string().pattern(FORM_NAME).max(64).required() }) },
    handler: async (request: HapiRequest, h) => {
      const { id } = request.params;
      const { persistenceService } = request.services([]);
      await persistenceService.uploadConfiguration(id, JSON.stringify(request.payload));
      await publish(id, request.payload);
      return h.response({ ok: true }).code(204);
    },
  },
};
