import { WEBAPP_URL, WEBSITE_URL } from "./constants";

/**
 * Returns the URL when it points at our own app or site, and null otherwise.
 */
export const getSafeRedirectUrl = (url = "") => {
  if (!url) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url, WEBAPP_URL);
  } catch {
    return null;
  }
  const allowed = [new URL(WEBAPP_URL).origin, new URL(WEBSITE_URL).origin];
  return allowed.includes(parsed.origin) ? parsed.toString() : null;
};
