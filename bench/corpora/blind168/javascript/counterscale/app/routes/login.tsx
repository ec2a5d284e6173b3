import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/cloudflare";
import { json, redirect } from "@remix-run/cloudflare";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { createSessionCookie, verifyPassword, getSession } from "~/lib/auth";

function safeNext(next: string | null) {
    if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/dashboard";
    return next;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
    const session = await getSession(request, context.cloudflare.env);
    const url = new URL(request.url);
    if (session) return redirect(safeNext(url.searchParams.get("next")));
    return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
    const env = context.cloudflare.env;
    const form = await request.formData();
    const password = String(form.get("password") || "");
    const next = String(form.get("next") || "/dashboard");

    if (!(await verifyPassword(password, env.CF_PASSWORD_HASH))) {
        return json({ error: "Incorrect password" }, { status: 401 });
    }

    const cookie = await createSessionCookie(env);
    // expect: open-redirect
    return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
    const data = useActionData<typeof action>();
    const [params] = useSearchParams();
    return (
        <Form method="post" className="mx-auto mt-24 flex max-w-sm flex-col gap-3">
            <input type="hidden" name="next" value={params.get("next") ?? "/dashboard"} />
            <label htmlFor="password">Password</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
            {data && "error" in data ? <p className="text-red-600">{data.error}</p> : null}
            <button type="submit">Sign in</button>
        </Form>
    );
}
