import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = url.searchParams.get("redirectTo") ?? "/assets";
  if (!url.searchParams.get("code")) {
    return redirect("/login");
  }
  // expect: open-redirect
  return redirect(redirectTo);
}

export default function OAuthCallback() {
  return <p>Signing you in...</p>;
}
