// What the server, a repository or a model gives is shown, never run. VS Code opens a
// diagnostic's code link with commands allowed, and makes `[label](command:…)` in a
// notification a link that runs the command.

/** `url` if it is an https address with a host (no spaces, controls or backslashes), else undefined. */
export function httpsUrl(url: unknown): string | undefined {
  if (typeof url !== "string" || !/^https:\/\/[^/?#]/i.test(url) || /[\s\\]/.test(url) || [...url].some(isControl)) {
    return undefined;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.hostname !== "" && !parsed.username && !parsed.password ? url : undefined;
  } catch {
    return undefined;
  }
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** A line for a notification, with no `[label](target)` for VS Code to make a link of. */
export function notificationText(text: string): string {
  return text.replace(/\]\(/g, "] (");
}
