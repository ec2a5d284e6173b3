import { promises as dns } from 'dns'
import net from 'net'

const PRIVATE_V4 = [
  ['10.0.0.0', 8],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10],
  ['0.0.0.0', 8],
] as const

function toInt(ip: string) {
  return ip.split('.').reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0
}

function isPrivateV4(ip: string) {
  const value = toInt(ip)
  return PRIVATE_V4.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
    return (value & mask) === (toInt(base) & mask)
  })
}

/** True when the URL is https and every address its host resolves to is public. */
export async function isSafeCallback(callback: string) {
  let url: URL
  try {
    url = new URL(callback)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  const addresses = net.isIP(url.hostname)
    ? [url.hostname]
    : (await dns.lookup(url.hostname, { all: true })).map((entry) => entry.address)
  return addresses.every((address) => net.isIPv4(address) ? !isPrivateV4(address) : !address.startsWith('fc') && !address.startsWith('fd') && address !== '::1')
}
