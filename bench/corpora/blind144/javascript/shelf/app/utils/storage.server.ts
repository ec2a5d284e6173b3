import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL || "", process.env.SUPABASE_SERVICE_ROLE || "");

export async function uploadImageFromUrl(imageUrl: string, { filename }: { filename: string }) {
  // expect: ssrf
  const response = await fetch(imageUrl);
  const blob = await response.blob();
  return supabase.storage.from("assets").upload(filename, blob, { upsert: true });
}

export async function createSignedUrl(filename: string) {
  const { data } = await supabase.storage.from("assets").createSignedUrl(filename, 3600);
  return data?.signedUrl ?? null;
}
