import { fail, redirect } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { Argon2id } from "oslo/password";

import type { Actions, PageServerLoad } from "./$types";
import { db } from "$lib/db/db.server";
import { userTable } from "$lib/db/schema";
import { lucia } from "$lib/server/auth";
import { isValidPassword, isValidUsername } from "$lib/server/redirects";

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) {
    return redirect(302, "/");
  }
  return { next: event.url.searchParams.get("next") ?? "/" };
};

export const actions: Actions = {
  default: async (event) => {
    const formData = await event.request.formData();
    const username = formData.get("username");
    const password = formData.get("password");
    const next = formData.get("next");

    if (!isValidUsername(username) || !isValidPassword(password)) {
      return fail(400, { message: "Invalid username or password" });
    }

    const existingUser = await db.select().from(userTable).where(eq(userTable.username, username)).limit(1).then((rows) => rows[0]);
    if (!existingUser || !(await new Argon2id().verify(existingUser.hashed_password, password))) {
      return fail(400, { message: "Incorrect username or password" });
    }

    const session = await lucia.createSession(existingUser.id, {});
    const sessionCookie = lucia.createSessionCookie(session.id);
    event.cookies.set(sessionCookie.name, sessionCookie.value, { path: ".", ...sessionCookie.attributes });

    // expect: open-redirect
    return redirect(302, typeof next === "string" && next ? next : "/");
  },
};
