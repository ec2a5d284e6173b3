export const typeDefs = `#graphql
  scalar JSON

  type Order {
    id: ID!
    status: String!
    total: Float!
    notes: String
    createdAt: String!
  }

  type User {
    id: ID!
    name: String!
    email: String!
    role: String!
  }

  type Tracking {
    carrier: String!
    status: String!
    eta: String
  }

  type Query {
    orders(status: String, sortBy: String, limit: Int): [Order!]!
    ordersSafe(status: String, sortBy: String, limit: Int): [Order!]!
    searchOrders(term: String!): [Order!]!
    searchOrdersSafe(term: String!): [Order!]!
    users(filter: JSON): [User!]!
    usersByName(name: String!): [User!]!
    usersByNameSafe(name: String!): [User!]!
    tracking(carrierUrl: String, carrier: String, number: String!): Tracking
  }
`;
