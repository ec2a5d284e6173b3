import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { requireAuthSession } from "~/modules/auth";
import { getSupabaseAdmin } from "~/integrations/supabase";
import { updateUserAvatar } from "~/modules/user";

const AVATAR_BUCKET = "avatars";
const PROVIDER_AVATAR_HOSTS = new Set(["avatars.githubusercontent.com", "lh3.googleusercontent.com"]);

const AvatarForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("import"), avatarUrl: z.string().url() }),
  z.object({ intent: z.literal("provider") }),
]);

async function storeAvatar(userId: string, image: Response) {
  const contentType = image.headers.get("content-type") ?? "";
  if (!contentType.startsWith("image/")) {
    throw new Response("Not an image", { status: 400 });
  }
  const bytes = new Uint8Array(await image.arrayBuffer());
  const path = `${userId}/avatar-${Date.now()}`;
  const { error } = await getSupabaseAdmin().storage.from(AVATAR_BUCKET).upload(path, bytes, { contentType, upsert: true });
  if (error) throw error;
  await updateUserAvatar(userId, path);
}

export async function action({ request }: ActionFunctionArgs) {
  const { userId, user_metadata: metadata } = await requireAuthSession(request);
  const parsed = AvatarForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return json({ error: "invalid-form" }, { status: 400 });
  }

  if (parsed.data.intent === "import") {
    // expect: ssrf
    const image = await fetch(parsed.data.avatarUrl, { redirect: "follow" });
    await storeAvatar(userId, image);
    return redirect("/settings");
  }

  const providerAvatar = typeof metadata?.avatar_url === "string" ? new URL(metadata.avatar_url) : null;
  if (!providerAvatar || providerAvatar.protocol !== "https:" || !PROVIDER_AVATAR_HOSTS.has(providerAvatar.hostname)) {
    return json({ error: "no-provider-avatar" }, { status: 400 });
  }
  const image = await fetch(providerAvatar, { redirect: "error" });
  await storeAvatar(userId, image);
  return redirect("/settings");
}

export default function AvatarSettings() {
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <Form method="post">
        <input type="url" name="avatarUrl" placeholder="https://…" required />
        <button type="submit" name="intent" value="import">Import from URL</button>
      </Form>
      <Form method="post">
        <button type="submit" name="intent" value="provider">Use my GitHub / Google picture</button>
      </Form>
      {actionData && "error" in actionData ? <p className="text-red-600">{actionData.error}</p> : null}
    </div>
  );
}
