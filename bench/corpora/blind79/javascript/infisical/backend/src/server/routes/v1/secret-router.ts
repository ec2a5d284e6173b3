import { z } from "zod";
import { SecretsSchema } from "@app/db/schemas";
import { readLimit, writeLimit } from "@app/server/config/rateLimiter";
import { verifyAuth } from "@app/server/plugins/auth/verify-auth";
import { AuthMode } from "@app/server/plugins/auth/inject-identity";
import { removeTrailingSlash } from "@app/lib/fn";
import { getConfig } from "@app/lib/config/env";

export const registerSecretRouter = async (server: FastifyZodProvider) => {
  server.route({
    method: "GET",
    url: "/",
    config: { rateLimit: readLimit },
    schema: {
      querystring: z.object({
        workspaceId: z.string().trim(),
        environment: z.string().trim(),
        secretPath: z.string().trim().default("/").transform(removeTrailingSlash),
        search: z.string().optional(),
        orderBy: z.string().optional(),
        tagSlugs: z.string().optional()
      }),
      response: { 200: z.object({ secrets: SecretsSchema.array() }) }
    },
    onRequest: verifyAuth([AuthMode.JWT, AuthMode.IDENTITY_ACCESS_TOKEN]),
    handler: async (req) => {
      const { secrets } = await server.services.secret.getSecrets({
        actor: req.permission.type,
        actorId: req.permission.id,
        actorOrgId: req.permission.orgId,
        projectId: req.query.workspaceId,
        environment: req.query.environment,
        path: req.query.secretPath,
        search: req.query.search,
        orderBy: req.query.orderBy,
        tagSlugs: req.query.tagSlugs
      });
      return { secrets };
    }
  });

  server.route({
    method: "POST",
    url: "/webhooks/test",
    config: { rateLimit: writeLimit },
    schema: {
      body: z.object({
        workspaceId: z.string().trim(),
        webhookUrl: z.string().trim(),
        webhookSecretKey: z.string().trim().optional(),
        type: z.enum(["general", "slack"]).default("general")
      })
    },
    onRequest: verifyAuth([AuthMode.JWT]),
    handler: async (req) => {
      const result = await server.services.webhook.testWebhook({
        ...req.body,
        actorId: req.permission.id,
        actorOrgId: req.auditLogInfo.actorOrgId
      });
      return { message: "Successfully tested webhook", ...result };
    }
  });

  server.route({
    method: "GET",
    url: "/sso/redirect",
    schema: {
      querystring: z.object({
        callbackPort: z.coerce.number().int().min(1).max(65535).optional(),
        redirectTo: z.string().optional(),
        orgSlug: z.string().trim()
      })
    },
    handler: async (req, res) => {
      const appCfg = getConfig();
      const { callbackPort, redirectTo, orgSlug } = req.query;
      if (callbackPort) {
        return res.redirect(`${appCfg.SITE_URL}/cli/login?callback_port=${callbackPort}&org=${encodeURIComponent(orgSlug)}`);
      }
      if (redirectTo) {
        // expect: open-redirect
        return res.redirect(redirectTo);
      }
      return res.redirect(`${appCfg.SITE_URL}/org/${encodeURIComponent(orgSlug)}/overview`);
    }
  });
};
