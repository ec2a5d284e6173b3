import { GraphQLResolveInfo } from 'graphql'
import { ResolverContext } from '../resolvers/types'

type ResolverFn<T, A> = (parent: unknown, args: A, ctx: ResolverContext & { uid: string }, info: GraphQLResolveInfo) => Promise<T>

export const authorized = <TSuccess, TError extends { errorCodes: string[] }, TArgs = unknown>(
  resolver: ResolverFn<TSuccess | TError, TArgs>
) => {
  return (parent: unknown, args: TArgs, ctx: ResolverContext, info: GraphQLResolveInfo): Promise<TSuccess | TError> => {
    const { claims } = ctx
    if (!claims?.uid) {
      return Promise.resolve({ errorCodes: ['UNAUTHORIZED'] } as unknown as TError)
    }
    return resolver(parent, args, { ...ctx, uid: claims.uid }, info)
  }
}

export const cleanUrl = (url: string): string => {
  const u = new URL(url)
  u.hash = ''
  return u.toString()
}
