import { login } from '../domain/user';

const userResolvers = {
  Mutation: {
    login: (_, { email, password }, context) => login(context, email, password),
  },
};

export default userResolvers;
