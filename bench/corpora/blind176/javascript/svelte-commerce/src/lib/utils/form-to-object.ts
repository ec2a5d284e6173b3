/**
 * Turns flat form fields such as `billing.city` or `shipping.zip` into nested objects,
 * the shape the orders API expects for addresses.
 */
export function setDeep(target: Record<string, any>, dottedKey: string, value: unknown) {
	const keys = dottedKey.split('.')
	let node = target
	for (let i = 0; i < keys.length - 1; i++) {
		const key = keys[i]
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
		node = node[key]
	}
	// expect: prototype-pollution
	node[keys[keys.length - 1]] = value
}

export function formToObject(data: FormData): Record<string, any> {
	const out: Record<string, any> = {}
	for (const [key, value] of data.entries()) {
		if (typeof value === 'string') setDeep(out, key, value)
	}
	return out
}

const ADDRESS_FIELDS = ['firstName', 'lastName', 'address', 'locality', 'city', 'state', 'zip', 'country', 'phone'] as const

/** Address fields picked one by one: unknown names are ignored. */
export function pickAddress(data: FormData, prefix: string) {
	const address: Record<string, string> = {}
	for (const field of ADDRESS_FIELDS) {
		const value = data.get(`${prefix}.${field}`)
		if (typeof value === 'string') address[field] = value.trim().slice(0, 200)
	}
	return address
}
