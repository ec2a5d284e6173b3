import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useFetcher, useSearchParams } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { createAuthSession, getAuthSession, refreshAccessToken } from "~/modules/auth";
import { tryCreateUser, getUserByEmail } from "~/modules/user";
import { getSupabase } from "~/integrations/supabase";

// Supabase sends the user back here with the tokens in the hash; the page posts them to the action.
export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = z
    .object({ refreshToken: z.string().min(1), redirectTo: z.string().optional() })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return json({ message: "invalid-request" }, { status: 400 });
  }

  const authSession = await refreshAccessToken(parsed.data.refreshToken);
  if (!authSession) {
    return json({ message: "invalid-refresh-token" }, { status: 400 });
  }

  const user = (await getUserByEmail(authSession.email)) ?? (await tryCreateUser(authSession));
  if (!user) {
    return json({ message: "create-user-error" }, { status: 500 });
  }

  return createAuthSession({ request, authSession, redirectTo: parsed.data.redirectTo || "/notes" });
}

export async function loader({ request }: { request: Request }) {
  const session = await getAuthSession(request);
  return session ? redirect("/notes") : json({});
}

export default function OAuthCallback() {
  const fetcher = useFetcher();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "/notes";
  useEffect(() => {
    const { data } = getSupabase().auth.onAuthStateChange((event, session) => {
      if (event === "SIGNED_IN" && session?.refresh_token) {
        fetcher.submit({ refreshToken: session.refresh_token, redirectTo }, { method: "post" });
      }
    });
    return () => data.subscription.unsubscribe();
  }, [fetcher, redirectTo]);
  return null;
}
