import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { returnToCookie } from "~/services/cookie.server";
import { authenticator } from "~/services/auth.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const returnTo = url.searchParams.get("returnTo") ?? "/dashboard";
  return redirect("/auth/github", {
    headers: { "Set-Cookie": await returnToCookie.serialize(returnTo) },
  });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  await authenticator.authenticate("github", request, { failureRedirect: "/login" });
  return null;
};
