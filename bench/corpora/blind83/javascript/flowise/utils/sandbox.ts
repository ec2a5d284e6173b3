export const availableDependencies = ['@dqbd/tiktoken', 'axios', 'cheerio', 'lodash', 'uuid'];
export const defaultAllowBuiltInDep = ['assert', 'buffer', 'crypto', 'events', 'url', 'zlib'];
