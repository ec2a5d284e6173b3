export const typeDefs = /* GraphQL */ `
  type Book {
    id: ID!
    title: String!
    author: String!
    isbn: String
    coverUrl: String
  }

  input BookFilter {
    author: String
    title: String
    year: Int
  }

  type Query {
    books(filter: BookFilter, orderBy: String, limit: Int): [Book!]!
    book(id: ID!): Book
    searchBooks(term: String!): [Book!]!
    coverPreview(url: String!): String
  }

  type Mutation {
    importCatalog(path: String!): Int!
    runReport(name: String!, args: [String!]): String!
    setCover(id: ID!, url: String!): Book
    renameShelf(shelf: String!, to: String!): Boolean!
  }
`
