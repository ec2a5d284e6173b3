import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { subscribeToKit } from "~/utils/kit.server";
import { safeRedirect, withToast } from "~/utils/redirect.server";

const SubscribeSchema = z.object({
  email: z.string().email(),
  firstName: z.string().max(60).optional(),
  tag: z.enum(["remix", "react", "general"]).default("general"),
});

/** Newsletter sign-up, posted from the footer of every page and from post pages. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const result = SubscribeSchema.safeParse(Object.fromEntries(formData));
  if (!result.success) {
    return json({ error: "Please enter a valid email" }, { status: 400 });
  }
  await subscribeToKit(result.data.email, result.data.firstName, result.data.tag);

  const intent = formData.get("intent");
  if (intent === "from-post") {
    return redirect(withToast(safeRedirect(formData.get("redirectTo"), "/blog"), "Subscribed!"));
  }
  const next = formData.get("next");
  if (typeof next === "string" && next) {
    // expect: open-redirect
    return redirect(next);
  }
  return redirect("/newsletter/thanks");
}

export default function Newsletter() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post" className="flex gap-2">
      <input type="email" name="email" required placeholder="you@example.com" />
      <input type="hidden" name="next" value="/newsletter/thanks" />
      <button type="submit">Subscribe</button>
      {data && "error" in data ? <p className="text-red-600">{data.error}</p> : null}
    </Form>
  );
}
