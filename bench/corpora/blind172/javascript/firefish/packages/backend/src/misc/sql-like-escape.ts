/** Escapes the LIKE wildcards of a user-supplied search term. */
export function sqlLikeEscape(s: string): string {
	return s.replace(/([%_\\])/g, "\\$1");
}

/** Normalises a remote host name the way it is stored (lowercase, punycode). */
export function toPunyNullable(host: string | null | undefined): string | null {
	if (host == null) return null;
	try {
		return new URL(`https://${host}`).hostname.toLowerCase();
	} catch {
		return null;
	}
}

/** Splits "@user@host" into its parts; host is null for local users. */
export function parseAcct(acct: string): { username: string; host: string | null } {
	const trimmed = acct.startsWith("@") ? acct.slice(1) : acct;
	const [username, ...rest] = trimmed.split("@");
	const host = rest.length > 0 ? rest.join("@") : null;
	return { username, host: toPunyNullable(host) };
}

/** Returns true when a string looks like a local username. */
export function isValidUsername(username: string): boolean {
	return /^\w{1,20}$/.test(username);
}

/** Clamps a requested page size to the range every list endpoint accepts. */
export function clampLimit(limit: unknown, fallback = 10, max = 100): number {
	const n = Number(limit);
	if (!Number.isFinite(n)) return fallback;
	return Math.min(max, Math.max(1, Math.trunc(n)));
}
