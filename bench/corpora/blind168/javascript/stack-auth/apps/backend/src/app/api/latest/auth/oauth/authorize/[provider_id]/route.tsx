import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { generators } from "openid-client";
import * as yup from "yup";
import { createSmartRouteHandler } from "@/route-handlers/smart-route-handler";
import { getTenancyFromProject, getProject } from "@/lib/tenancies";
import { validateRedirectUrl } from "@/lib/redirect-urls";
import { getProvider } from "@/oauth";
import { KnownErrors } from "@stackframe/stack-shared";
import { prismaClient } from "@/prisma-client";

const outerOAuthFlowExpirationInMinutes = 10;

export const GET = createSmartRouteHandler({
  metadata: { hidden: true },
  request: yup.object({
    params: yup.object({ provider_id: yup.string().defined() }).defined(),
    query: yup.object({
      client_id: yup.string().defined(),
      client_secret: yup.string().defined(),
      redirect_uri: yup.string().defined(),
      scope: yup.string().default(""),
      state: yup.string().defined(),
      code_challenge: yup.string().defined(),
      code_challenge_method: yup.string().oneOf(["S256"]).defined(),
      after_callback_redirect_url: yup.string().optional(),
      error_redirect_url: yup.string().optional(),
    }).defined(),
  }),
  response: yup.mixed(),
  async handler({ params, query }) {
    const project = await getProject(query.client_id);
    if (!project) throw new KnownErrors.InvalidOAuthClientIdOrSecret(query.client_id);
    const tenancy = await getTenancyFromProject(project.id, "main", null);
    const { trustedDomains, allowLocalhost } = tenancy.config.domains;

    if (!validateRedirectUrl(query.redirect_uri, trustedDomains, { allowLocalhost })) {
      throw new KnownErrors.RedirectUrlNotWhitelisted();
    }
    if (query.after_callback_redirect_url && !validateRedirectUrl(query.after_callback_redirect_url, trustedDomains, { allowLocalhost })) {
      throw new KnownErrors.RedirectUrlNotWhitelisted();
    }

    const provider = await getProvider(tenancy, params.provider_id);
    const innerCodeVerifier = generators.codeVerifier();
    const innerState = generators.state();
    const outerInfo = await prismaClient.oAuthOuterInfo.create({
      data: {
        innerState,
        info: {
          tenancyId: tenancy.id,
          providerId: params.provider_id,
          redirectUri: query.redirect_uri.split("#")[0],
          state: query.state,
          codeChallenge: query.code_challenge,
          afterCallbackRedirectUrl: query.after_callback_redirect_url,
          errorRedirectUrl: query.error_redirect_url,
          innerCodeVerifier,
        },
        expiresAt: new Date(Date.now() + outerOAuthFlowExpirationInMinutes * 60 * 1000),
      },
    });

    (await cookies()).set(`stack-oauth-inner-${innerState}`, outerInfo.id, { httpOnly: true, secure: true, maxAge: 600 });
    redirect(await provider.getAuthorizationUrl({ codeVerifier: innerCodeVerifier, state: innerState, extraScope: query.scope }));
  },
});
