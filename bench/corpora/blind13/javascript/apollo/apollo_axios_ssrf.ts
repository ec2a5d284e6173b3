// library: @apollo/server resolvers calling axios with argument URLs
import axios from 'axios';
import { ApolloServer } from '@apollo/server';

const typeDefs = `#graphql
  type Preview { title: String, status: Int }
  type Query {
    linkPreview(url: String!): Preview
    weather(city: String!): String
    webhookTest(target: String!): Int
  }
`;

const WEATHER_API = 'https://api.weather.example.com/v2/current';

const resolvers = {
  Query: {
    async linkPreview(_: unknown, args: { url: string }) {
      // expect: ssrf
      const res = await axios.get(args.url, { timeout: 5000 });
      return { title: String(res.data).slice(0, 80), status: res.status };
    },
    async weather(_: unknown, { city }: { city: string }) {
      const res = await axios.get(WEATHER_API, { params: { q: city }, timeout: 5000 });
      return res.data.summary;
    },
    async webhookTest(_: unknown, { target }: { target: string }) {
      // expect: ssrf
      const res = await axios.post(`http://${target}/hooks/test`, { ping: true });
      return res.status;
    },
  },
};

export async function fetchAvatar(userId: string) {
  return axios.get(`https://avatars.example.com/u/${encodeURIComponent(userId)}`, { responseType: 'arraybuffer' });
}

export const server = new ApolloServer({ typeDefs, resolvers });
