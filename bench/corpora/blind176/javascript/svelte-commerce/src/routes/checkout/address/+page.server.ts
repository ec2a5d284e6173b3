import { fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { AddressService, CartService } from '$lib/services'
import { formToObject, pickAddress } from '$lib/utils/form-to-object'

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.me) throw redirect(302, '/auth/login?ref=/checkout/address')
	const addresses = await AddressService.fetchAddresses({ sid: locals.sid, origin: locals.origin })
	return { addresses }
}

export const actions: Actions = {
	/** Saves a new address from the address book form. */
	save: async ({ request, locals }) => {
		const data = await request.formData()
		const address = pickAddress(data, 'address')
		if (!address.zip || !address.city) return fail(400, { address, missing: true })

		const saved = await AddressService.saveAddress({ ...address, sid: locals.sid, origin: locals.origin })
		return { saved }
	},

	/** Billing and shipping in one post, nested by field name (billing.city, shipping.zip, ...). */
	useAddresses: async ({ request, locals }) => {
		const data = await request.formData()
		const body = formToObject(data)
		if (!body.shipping?.zip) return fail(400, { missing: 'shipping' })

		await CartService.updateCartAddresses({
			cartId: locals.cartId,
			billing: body.sameAsShipping === 'on' ? body.shipping : body.billing,
			shipping: body.shipping,
			sid: locals.sid,
			origin: locals.origin
		})
		throw redirect(303, '/checkout/payment-options')
	}
}
