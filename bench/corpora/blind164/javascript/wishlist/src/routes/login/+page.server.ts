import { fail, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";
import { z } from "zod";
import { lucia } from "$lib/server/auth";
import { client } from "$lib/server/prisma";
import { Argon2id } from "oslo/password";

const loginSchema = z.object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256)
});

function safeRef(ref: string | null) {
    return ref && ref.startsWith("/") && !ref.startsWith("//") && !ref.startsWith("/\\") ? ref : "/";
}

export const load: PageServerLoad = async ({ locals, url }) => {
    const { session } = await locals.getSessionUser();
    if (session) {
        redirect(302, safeRef(url.searchParams.get("ref")));
    }
    return { oidcEnabled: false };
};

export const actions: Actions = {
    default: async ({ request, cookies, url }) => {
        const form = Object.fromEntries(await request.formData());
        const parsed = loginSchema.safeParse(form);
        if (!parsed.success) {
            return fail(400, { error: true, errors: parsed.error.errors.map((e) => e.message) });
        }

        const user = await client.user.findUnique({ where: { username: parsed.data.username } });
        if (!user || !(await new Argon2id().verify(user.hashedPassword, parsed.data.password))) {
            return fail(400, { incorrect: true });
        }

        const session = await lucia.createSession(user.id, {});
        const sessionCookie = lucia.createSessionCookie(session.id);
        cookies.set(sessionCookie.name, sessionCookie.value, { path: ".", ...sessionCookie.attributes });

        const ref = url.searchParams.get("ref");
        // expect: open-redirect
        redirect(302, ref ?? "/");
    }
};
