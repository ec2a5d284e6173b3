import type { CollectionConfig } from 'payload'

export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: { useAsTitle: 'reference' },
  access: {
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'reference', type: 'text', required: true, unique: true },
    { name: 'slug', type: 'text', index: true },
    { name: 'status', type: 'select', options: ['pending', 'paid', 'shipped', 'refunded'], defaultValue: 'pending' },
    { name: 'total', type: 'number', required: true },
    { name: 'customerEmail', type: 'email' },
  ],
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.reference) {
          data.reference = `ORD-${Date.now().toString(36).toUpperCase()}`
        }
        return data
      },
    ],
  },
}
