import { redirect } from "@remix-run/node";

const DEFAULT_REDIRECT = "/";

/**
 * Only allows paths on this site: must start with one slash, not two, and
 * not a backslash that browsers treat as a slash.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string = DEFAULT_REDIRECT) {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export function redirectBack(request: Request, { fallback }: { fallback: string }) {
  const referer = request.headers.get("Referer");
  if (referer) {
    const url = new URL(referer);
    if (url.origin === new URL(request.url).origin) {
      return redirect(url.pathname + url.search);
    }
  }
  return redirect(fallback);
}

export function withToast(path: string, message: string) {
  const url = new URL(path, "https://placeholder.local");
  url.searchParams.set("toast", message.slice(0, 120));
  return url.pathname + url.search;
}
