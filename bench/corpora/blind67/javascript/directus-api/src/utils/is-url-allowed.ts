/**
 * True when the URL's origin and path equal one of the allowed URLs exactly.
 */
export function isUrlAllowed(url: string, allowList: string[]): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	return allowList.some((allowed) => {
		try {
			const candidate = new URL(allowed);
			return candidate.origin === parsed.origin && candidate.pathname === parsed.pathname;
		} catch {
			return false;
		}
	});
}
