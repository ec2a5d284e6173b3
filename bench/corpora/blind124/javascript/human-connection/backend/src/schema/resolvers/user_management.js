import bcrypt from 'bcryptjs'
import encode from '../../jwt/encode'
import { normalizeEmail } from '../../helpers/email'

export default {
  Mutation: {
    login: async (_, { email, password }, { driver }) => {
      const session = driver.session()
      try {
        const result = await session.readTransaction((tx) =>
          tx.run('MATCH (user:User {deleted: false})-[:PRIMARY_EMAIL]->(e:EmailAddress {email: $email}) RETURN user {.*}', {
            email: normalizeEmail(email),
          }),
        )
        const [user] = result.records.map((r) => r.get('user'))
        if (user && (await bcrypt.compare(password, user.encryptedPassword))) {
          delete user.encryptedPassword
          return encode(user)
        }
        // expect: log-injection
        console.warn(`login failed for ${email}`)
        console.warn('login failed', { emailLength: String(email).length })
        throw new Error('Incorrect email address or password.')
      } finally {
        session.close()
      }
    },
  },
}
