import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import knexFactory from 'knex';
import mongoose from 'mongoose';
import { typeDefs } from './schema.js';
import { resolvers } from './resolvers/index.js';
import { OrdersDB } from './datasources/OrdersDB.js';
import { UsersStore } from './datasources/UsersStore.js';
import { ShippingAPI } from './datasources/ShippingAPI.js';
import jwt from 'jsonwebtoken';

async function verifyToken(header) {
  if (!header || !header.startsWith('Bearer ')) return null;
  try {
    return jwt.verify(header.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'], audience: 'shop-api' });
  } catch {
    return null;
  }
}

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 1, max: 10 } });
await mongoose.connect(process.env.MONGO_URL);

const server = new ApolloServer({ typeDefs, resolvers, introspection: process.env.NODE_ENV !== 'production' });
await server.start();

const app = express();
app.use(
  '/graphql',
  cors({ origin: ['https://shop.example.com'] }),
  express.json({ limit: '256kb' }),
  expressMiddleware(server, {
    context: async ({ req }) => {
      const user = await verifyToken(req.headers.authorization);
      const region = req.headers['x-region'] || 'eu';
      return {
        user,
        region,
        dataSources: {
          orders: new OrdersDB(knex, { region }),
          users: new UsersStore(),
          shipping: new ShippingAPI(),
        },
      };
    },
  }),
);

app.listen(Number(process.env.PORT) || 4000);
