import scrape, { scrapeKnownProvider } from './embeds/scraper'

export default {
  Query: {
    embed: async (object, { url, providerOnly = false }, context) => {
      if (!context.user) throw new Error('Not authorised!')
      return providerOnly ? scrapeKnownProvider(url) : scrape(url)
    },
  },
}
