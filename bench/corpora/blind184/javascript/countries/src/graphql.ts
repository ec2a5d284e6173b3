import { createSchema, createYoga } from "graphql-yoga";
import { continents, countries, languages } from "countries-list";
import provinces from "provinces";
import { toPredicate, byCode, type CountryFilterInput } from "./filter";

interface CountryRecord {
  code: string;
  name: string;
  native: string;
  phone: string;
  continent: string;
  capital: string;
  currency: string;
  languages: string[];
  emoji: string;
}

const countryRecords: CountryRecord[] = Object.entries(countries).map(([code, country]) => ({
  code,
  name: country.name,
  native: country.native,
  phone: String(country.phone),
  continent: country.continent,
  capital: country.capital,
  currency: String(country.currency),
  languages: country.languages,
  emoji: "",
}));

const typeDefs = /* GraphQL */ `
  input StringQueryOperatorInput { eq: String ne: String in: [String!] nin: [String!] regex: String }
  input CountryFilterInput { code: StringQueryOperatorInput currency: StringQueryOperatorInput continent: StringQueryOperatorInput name: StringQueryOperatorInput }
  type Continent { code: ID! name: String! countries: [Country!]! }
  type Language { code: ID! name: String! native: String! rtl: Boolean! }
  type State { code: String name: String! }
  type Country { code: ID! name: String! native: String! phone: String! capital: String currency: String continent: Continent! languages: [Language!]! states: [State!]! }
  type Query {
    countries(filter: CountryFilterInput): [Country!]!
    country(code: ID!): Country
    continents: [Continent!]!
    languages: [Language!]!
  }
`;

export const yoga = createYoga({
  schema: createSchema({
    typeDefs,
    resolvers: {
      Query: {
        countries: (_: unknown, args: { filter?: CountryFilterInput }) => countryRecords.filter(toPredicate(args.filter)),
        country: (_: unknown, args: { code: string }) => countryRecords.find(byCode(args.code)) ?? null,
        continents: () => Object.entries(continents).map(([code, name]) => ({ code, name })),
        languages: () => Object.entries(languages).map(([code, language]) => ({ code, ...language, rtl: Boolean(language.rtl) })),
      },
      Country: {
        continent: (country: CountryRecord) => ({ code: country.continent, name: continents[country.continent as keyof typeof continents] }),
        languages: (country: CountryRecord) =>
          country.languages.map((code) => ({ code, ...languages[code as keyof typeof languages], rtl: false })),
        states: (country: CountryRecord) => provinces.filter((province: { country: string }) => province.country === country.code),
      },
      Continent: {
        countries: (continent: { code: string }) => countryRecords.filter((country) => country.continent === continent.code),
      },
    },
  }),
  graphiql: false,
  landingPage: false,
});
