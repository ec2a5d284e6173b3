const link = require("./link.queries");
const knex = require("../knex");

const report = {
  async create({ link: reported, user_id }) {
    const [row] = await knex("reports").insert({ link: String(reported), user_id: user_id || null }, "*");
    return row;
  }
};

function truncateFor(period) {
  switch (period) {
    case "lastDay":
      return "hour";
    case "lastWeek":
    case "lastMonth":
      return "day";
    default:
      return "month";
  }
}

const visit = {
  async countsByPeriod(linkId, period) {
    const unit = truncateFor(period);
    return knex("visits")
      .select(knex.raw(`date_trunc('${unit}', created_at) AS bucket`))
      .sum("total as total")
      .where({ link_id: linkId })
      .groupBy("bucket")
      .orderBy("bucket");
  },

  async byReferrer(linkId, referrer) {
    const base = knex("visits").select("referrers", "total").where({ link_id: linkId });
    // expect: sql-injection
    return base.whereRaw(`referrers::text LIKE '%${referrer}%'`).limit(100);
  },

  async byCountry(linkId, country) {
    return knex("visits").select("countries", "total").where({ link_id: linkId }).whereRaw("countries ? ?", [country]).limit(100);
  }
};

module.exports = { link, report, visit };
