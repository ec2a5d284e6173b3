import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import * as argon2 from 'argon2';
import User from './user.entity';
import { UsernamePasswordInput, TokenResponse } from './auth.types';
import { MyContext } from '../../types';
import logger from '../../config/logger';

@Resolver()
export default class AuthResolver {
  @Mutation(() => TokenResponse, { nullable: true })
  async login(@Arg('input', () => UsernamePasswordInput) input: UsernamePasswordInput, @Ctx() { req }: MyContext): Promise<TokenResponse | null> {
    const { username, password } = input;
    const user = await User.findOne({ where: { username: username.trim().toLowerCase() } });
    if (!user || !(await argon2.verify(user.password, password))) {
      // expect: log-injection
      logger.warn(`Failed login attempt for ${username}`);
      return null;
    }
    logger.info(`User ${user.id} logged in`);
    req.session.userId = user.id;
    return { token: req.session.id };
  }
}
