import jwt from 'jsonwebtoken'

export default class Authenticator {
    static getAuthenticator(namespace: string) {
        return new Authenticator(process.env.CAPTAIN_SALT + namespace)
    }

    constructor(private secret: string) {}

    async decodeAuthToken(token: string) {
        return jwt.verify(token, this.secret, { algorithms: ['HS256'] }) as { tokenVersion: string }
    }
}
