import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { returnToCookie } from "~/services/cookie.server";
import { authenticator } from "~/services/auth.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticator.authenticate("github", request, { failureRedirect: "/login" });
  const returnTo = (await returnToCookie.parse(request.headers.get("Cookie"))) as string | null;
  const url = new URL(request.url);
  if (url.searchParams.get("strict") === "1") {
    const target = returnTo && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/dashboard";
    return redirect(target);
  }
  // expect: open-redirect
  return redirect(returnTo ?? "/dashboard");
};
