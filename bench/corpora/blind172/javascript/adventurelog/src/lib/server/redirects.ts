/** Accepts only same-site paths ("/adventures?x=1"), never "//host" or "/\host". */
export function safeRedirectPath(target: string | null | undefined, fallback = "/"): string {
  if (!target) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  try {
    const url = new URL(target, "http://localhost");
    if (url.host !== "localhost") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** Username rules shared by the sign-up and settings forms. */
export function isValidUsername(username: unknown): username is string {
  return typeof username === "string" && /^[a-z0-9_-]{3,31}$/.test(username);
}

/** Password rules shared by the sign-up and reset forms. */
export function isValidPassword(password: unknown): password is string {
  return typeof password === "string" && password.length >= 6 && password.length <= 255;
}

/** Turns a form value into a trimmed string, or null when empty. */
export function formString(data: FormData, key: string): string | null {
  const value = data.get(key);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}
