import { redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const data = await request.formData();
    await locals.pb.collection("users").authWithPassword(String(data.get("username")), String(data.get("password")));
    if (locals.redirectAfterLogin) {
      cookies.set("wanderer_redirect", locals.redirectAfterLogin, { path: "/", httpOnly: true, sameSite: "lax" });
    }
    redirect(303, "/auth/oauth/complete");
  },
};
