export const normalizeEmail = (email) => String(email || '').trim().toLowerCase()
