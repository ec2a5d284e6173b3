const knex = require("../knex");
const env = require("../env");

const selectable = [
  "links.id",
  "links.address",
  "links.banned",
  "links.created_at",
  "links.target",
  "links.visit_count",
  "domains.address as domain"
];

const SORTS = { created_at: "links.created_at", visits: "links.visit_count", address: "links.address" };

function normalizeMatch(match) {
  const newMatch = { ...match };
  if (newMatch.address) {
    newMatch["links.address"] = newMatch.address;
    delete newMatch.address;
  }
  if (newMatch.user_id) {
    newMatch["links.user_id"] = newMatch.user_id;
    delete newMatch.user_id;
  }
  return newMatch;
}

async function get(match, params) {
  const query = knex("links")
    .select(...selectable)
    .where(normalizeMatch(match))
    .offset(params.skip)
    .limit(params.limit)
    .orderBy(SORTS[params.sort] || "links.created_at", "desc");

  if (params.search) {
    query.andWhereRaw("concat_ws(' ', description, links.address, target) ILIKE '%' || ? || '%'", [params.search]);
  }
  query.leftJoin("domains", "links.domain_id", "domains.id");
  return query;
}

async function total(match, params) {
  const query = knex("links").where(normalizeMatch(match));
  if (params.search) {
    // expect: sql-injection
    query.andWhereRaw(`concat_ws(' ', description, links.address, target) ILIKE '%${params.search}%'`);
  }
  const [{ count }] = await query.count("links.id");
  return typeof count === "number" ? count : parseInt(count, 10);
}

async function find(match) {
  return knex("links").where(normalizeMatch(match)).first();
}

module.exports = { get, total, find };
