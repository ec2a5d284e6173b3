import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/utils/http.server";
import { commitSession } from "../../../server/session";

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const redirectTo = formData.get("redirectTo") || "/assets";
  const session = await (context as { getSession: () => any }).getSession();
  session.set("userId", String(formData.get("email") ?? ""));
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await commitSession(session) } });
}

export default function Login() {
  return <form method="post"><input name="email" /><input name="redirectTo" type="hidden" /></form>;
}
