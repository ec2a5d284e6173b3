import { fail, redirect } from "@sveltejs/kit";
import { generateId } from "lucia";
import { Argon2id } from "oslo/password";

import type { Actions, PageServerLoad } from "./$types";
import { db } from "$lib/db/db.server";
import { userTable } from "$lib/db/schema";
import { lucia } from "$lib/server/auth";
import { formString, isValidPassword, isValidUsername, safeRedirectPath } from "$lib/server/redirects";

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) return redirect(302, "/");
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const formData = await event.request.formData();
    const username = formString(formData, "username");
    const password = formString(formData, "password");
    const firstName = formString(formData, "first_name");
    const lastName = formString(formData, "last_name");

    if (!isValidUsername(username)) return fail(400, { message: "Invalid username" });
    if (!isValidPassword(password)) return fail(400, { message: "Invalid password" });

    const userId = generateId(15);
    const hashedPassword = await new Argon2id().hash(password);
    try {
      await db.insert(userTable).values({
        id: userId,
        username,
        first_name: firstName,
        last_name: lastName,
        hashed_password: hashedPassword,
        signup_date: new Date(),
        role: "user",
      });
    } catch {
      return fail(400, { message: "Username already used" });
    }

    const session = await lucia.createSession(userId, {});
    const sessionCookie = lucia.createSessionCookie(session.id);
    event.cookies.set(sessionCookie.name, sessionCookie.value, { path: ".", ...sessionCookie.attributes });
    return redirect(302, safeRedirectPath(event.url.searchParams.get("next")));
  },
};
