// Escapes text so that it matches literally inside a MongoDB $regex or a RegExp
export function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function buildTagMatcher(tags) {
  const safe = tags
    .filter((tag) => typeof tag === "string" && tag.length > 0)
    .slice(0, 10)
    .map((tag) => escapeRegex(tag.trim()));
  if (safe.length === 0) {
    return null;
  }
  return new RegExp(`^(${safe.join("|")})$`, "i");
}

export function isValidUsername(username) {
  return typeof username === "string" && /^[a-zA-Z0-9-_]{1,39}$/.test(username);
}

export function normaliseUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      return null;
    }
    return parsed.toString();
  } catch {
    return null;
  }
}

export function hostOf(url) {
  const normalised = normaliseUrl(url);
  return normalised ? new URL(normalised).hostname : null;
}
