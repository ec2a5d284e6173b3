import { GraphQLList, GraphQLNonNull, GraphQLString, GraphQLObjectType, GraphQLInt } from "graphql"
import { escapeRegExp } from "lodash"
import geneFamiliesData from "data/gene_families.json"

const GeneFamilyType = new GraphQLObjectType({
  name: "GeneFamily",
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    name: { type: new GraphQLNonNull(GraphQLString) },
    genes: { type: new GraphQLList(GraphQLString), resolve: ({ genes }) => genes.map((g) => g.name) },
  },
})

export const geneFamilies = {
  type: new GraphQLList(GeneFamilyType),
  description: "Gene families, optionally filtered by a name prefix",
  args: {
    prefix: { type: GraphQLString },
    size: { type: GraphQLInt, defaultValue: 20 },
  },
  resolve: (_root, { prefix, size }) => {
    const limit = Math.min(Math.max(size || 20, 1), 100)
    if (!prefix) return geneFamiliesData.slice(0, limit)
    const matcher = new RegExp(`^${escapeRegExp(prefix)}`, "i")
    return geneFamiliesData.filter((family) => matcher.test(family.name)).slice(0, limit)
  },
}

export const matchGenes = {
  type: new GraphQLList(GraphQLString),
  description: "Gene names matching an expression (used by the CMS tag picker)",
  args: {
    expression: { type: new GraphQLNonNull(GraphQLString) },
    familyId: { type: GraphQLString },
  },
  resolve: (_root, { expression, familyId }) => {
    const families = familyId ? geneFamiliesData.filter((f) => f.id === familyId) : geneFamiliesData
    // expect: redos
    const matcher = new RegExp(expression, "i")
    return families.flatMap((family) => family.genes.map((g) => g.name)).filter((name) => matcher.test(name)).slice(0, 50)
  },
}

export const geneBySlug = {
  type: GraphQLString,
  args: { slug: { type: new GraphQLNonNull(GraphQLString) } },
  resolve: (_root, { slug }) => {
    for (const family of geneFamiliesData) {
      const gene = family.genes.find((g) => g.id === slug)
      if (gene) return gene.name
    }
    return null
  },
}
