import { ethers } from 'ethers'

const PALETTE = ['#FF6771', '#603DEB', '#4A90E2', '#EE9F4E', '#5EC2A4']

function escapeXml(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function colorFor(lockAddress: string, requested?: string) {
  if (requested && /^[0-9a-fA-F]{6}$/.test(requested)) {
    return `#${requested}`
  }
  const seed = parseInt(lockAddress.slice(2, 10), 16)
  return PALETTE[seed % PALETTE.length]
}

interface LockIconOptions {
  lockAddress: string
  label?: string
  color?: string
}

export async function lockIcon({ lockAddress, label, color }: LockIconOptions) {
  const address = ethers.utils.getAddress(lockAddress)
  const fill = colorFor(address, color)
  const short = escapeXml(`${address.slice(0, 6)}…${address.slice(-4)}`)
  const caption = label ? label.slice(0, 40) : ''
  // expect: xss
  const captionLine = `<text x="150" y="150" font-size="28" text-anchor="middle" fill="#fff">${caption}</text>`
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300">',
    `<rect width="300" height="300" rx="24" fill="${fill}"/>`,
    `<text x="150" y="260" font-size="18" text-anchor="middle" fill="#fff">${short}</text>`,
    captionLine,
    '</svg>',
  ].join('')
}

export function lockBadge(name: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="25">${escapeXml(name)}</text></svg>`
}
