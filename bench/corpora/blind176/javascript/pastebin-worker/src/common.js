export class WorkerError extends Error {
  constructor(statusCode, msg) {
    super(msg)
    this.statusCode = statusCode
  }
}

export const CHAR_GEN = "ABCDEFGHJKMNPQRSTWXYZabcdefhijkmnprstwxyz2345678"
export const NAME_REGEX = /^[a-zA-Z0-9+_\-[\]*$@,;]{3,}$/
export const LANG_REGEX = /^[a-z0-9+#-]{1,20}$/

export function genRandStr(len) {
  const bytes = crypto.getRandomValues(new Uint8Array(len))
  return Array.from(bytes, (b) => CHAR_GEN[b % CHAR_GEN.length]).join("")
}

export function escapeHtml(str) {
  return String(str)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;")
}

/** "/abcd:secret.md/file.txt" -> { nameFromPath, passwd, ext, filename, role } */
export function parsePath(pathname) {
  let role = "", ext = "", filename
  const slash = pathname.indexOf("/", 1)
  if (slash >= 0) {
    filename = decodeURIComponent(pathname.slice(slash + 1))
    pathname = pathname.slice(0, slash)
  }
  if (pathname[2] === "/") {
    role = pathname[1]
    pathname = pathname.slice(2)
  }
  const dot = pathname.indexOf(".")
  if (dot >= 0) {
    ext = pathname.slice(dot)
    pathname = pathname.slice(0, dot)
  }
  const colon = pathname.indexOf(":")
  const nameFromPath = colon >= 0 ? pathname.slice(1, colon) : pathname.slice(1)
  const passwd = colon >= 0 ? pathname.slice(colon + 1) : undefined
  return { nameFromPath, passwd, ext, filename, role }
}
