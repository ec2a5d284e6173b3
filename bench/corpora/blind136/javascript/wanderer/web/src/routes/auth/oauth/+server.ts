import { redirect, type RequestHandler } from "@sveltejs/kit";

export const GET: RequestHandler = async ({ cookies, url }) => {
  const target = cookies.get("wanderer_redirect") ?? "/trails";
  cookies.delete("wanderer_redirect", { path: "/" });
  if (url.searchParams.get("mode") === "safe") {
    redirect(302, target.startsWith("/") && !target.startsWith("//") ? target : "/trails");
  }
  // expect: open-redirect
  redirect(302, target);
};
