import { jwtVerify } from "jose";

const secret = new TextEncoder().encode(process.env.COLLAB_JWT_SECRET);

export async function verifyToken(token: string) {
  const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"] });
  return { id: String(payload.sub), defaultWorkspace: String(payload.workspace ?? "default") };
}
