import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import * as yup from "yup";
import { createSmartRouteHandler } from "@/route-handlers/smart-route-handler";
import { getTenancy } from "@/lib/tenancies";
import { escapeHtml } from "@/lib/redirect-urls";
import { getProvider } from "@/oauth";
import { oauthServer } from "@/oauth/model";
import { prismaClient } from "@/prisma-client";

type OuterInfo = {
  tenancyId: string;
  providerId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  afterCallbackRedirectUrl?: string;
  errorRedirectUrl?: string;
  innerCodeVerifier: string;
};

function errorPage(title: string, detail: string) {
  return new Response(
    `<!doctype html><html><head><title>Sign-in failed</title></head><body><h1>${title}</h1><p>${detail}</p></body></html>`,
    { status: 400, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

export const GET = createSmartRouteHandler({
  metadata: { hidden: true },
  request: yup.object({
    params: yup.object({ provider_id: yup.string().defined() }).defined(),
    query: yup.object({
      state: yup.string().defined(),
      code: yup.string().optional(),
      error: yup.string().optional(),
      error_description: yup.string().optional(),
    }).defined(),
  }),
  response: yup.mixed(),
  async handler({ params, query }, fullReq) {
    const cookieStore = await cookies();
    const outerInfoId = cookieStore.get(`stack-oauth-inner-${query.state}`)?.value;
    cookieStore.delete(`stack-oauth-inner-${query.state}`);
    if (!outerInfoId) return errorPage("Sign-in expired", "Please go back and try again.");

    const outer = await prismaClient.oAuthOuterInfo.findUnique({ where: { id: outerInfoId } });
    if (!outer || outer.expiresAt < new Date()) return errorPage("Sign-in expired", "Please go back and try again.");
    const info = outer.info as OuterInfo;

    if (query.error) {
      if (info.errorRedirectUrl) {
        const target = new URL(info.errorRedirectUrl);
        target.searchParams.set("error", query.error);
        // expect: open-redirect
        redirect(target.toString());
      }
      const detail = query.error_description ?? escapeHtml(query.error);
      // expect: xss
      return new Response(`<!doctype html><html><head><title>Sign-in failed</title></head><body><h1>Sign-in with ${escapeHtml(params.provider_id)} failed</h1><p>${detail}</p></body></html>`, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
    }

    const tenancy = await getTenancy(info.tenancyId);
    const provider = await getProvider(tenancy, info.providerId);
    const userInfo = await provider.getCallback({
      callbackParams: Object.fromEntries(new URL(fullReq.url).searchParams),
      codeVerifier: info.innerCodeVerifier,
      state: query.state,
    });

    const authorizationCode = await oauthServer.issueAuthorizationCode({
      tenancyId: tenancy.id,
      userInfo,
      redirectUri: info.redirectUri,
      codeChallenge: info.codeChallenge,
    });

    const back = new URL(info.redirectUri);
    back.searchParams.set("code", authorizationCode);
    back.searchParams.set("state", info.state);
    redirect(back.toString());
  },
});
