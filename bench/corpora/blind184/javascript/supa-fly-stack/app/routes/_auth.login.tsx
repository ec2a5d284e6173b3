import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { createAuthSession, getAuthSession, signInWithEmail } from "~/modules/auth";
import { safeRedirect } from "~/utils/http.server";

const LoginFormSchema = z.object({
  email: z.string().email("invalid-email").transform((email) => email.toLowerCase()),
  password: z.string().min(8, "password-too-short"),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const authSession = await getAuthSession(request);
  if (authSession) return redirect("/notes");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const result = LoginFormSchema.safeParse(Object.fromEntries(formData));
  if (!result.success) {
    return json({ errors: result.error.flatten().fieldErrors }, { status: 400 });
  }

  const { email, password, redirectTo } = result.data;
  const authSession = await signInWithEmail(email, password);
  if (!authSession) {
    return json({ errors: { email: ["invalid-email-password"] } }, { status: 400 });
  }

  return createAuthSession({
    request,
    authSession,
    redirectTo: safeRedirect(redirectTo, "/notes"),
  });
}

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const actionData = useActionData<typeof action>();
  const redirectTo = searchParams.get("redirectTo") ?? undefined;
  return (
    <Form method="post" className="space-y-6" replace>
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {actionData?.errors ? <p className="text-red-600">Check your email and password.</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
