import { z } from 'zod'

const bodySchema = z.object({
  paymentMethod: z.enum(['stripe', 'cod', 'bacs']),
  billing: z.object({
    firstName: z.string().max(60),
    lastName: z.string().max(60),
    email: z.string().email(),
    address1: z.string().max(120),
    city: z.string().max(60),
    postcode: z.string().max(20),
    country: z.string().length(2),
  }),
  returnUrl: z.string().optional(),
})

const CHECKOUT_MUTATION = `
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) { result redirect order { databaseId orderKey } }
  }
`

export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, bodySchema.parse)
  const data = await wooQuery<{ checkout: { result: string; redirect: string; order: { databaseId: number; orderKey: string } } }>(
    event,
    CHECKOUT_MUTATION,
    { input: { paymentMethod: body.paymentMethod, billing: body.billing, shipToDifferentAddress: false } },
  )

  if (data.checkout.result !== 'success') {
    throw createError({ statusCode: 400, statusMessage: 'Checkout failed' })
  }

  if (body.returnUrl) {
    // expect: open-redirect
    return sendRedirect(event, `${body.returnUrl}?order=${data.checkout.order.databaseId}`, 303)
  }
  return sendRedirect(event, `/order/${data.checkout.order.databaseId}?key=${encodeURIComponent(data.checkout.order.orderKey)}`, 303)
})
