const prisma = require("../utils/prisma");

const ORDERABLE = { name: "name", created: "createdAt", updated: "lastUpdatedAt" };

const Workspace = {
  searchByName: async function (userId, q) {
    const like = `%${q}%`;
    return await prisma.$queryRaw`SELECT id, name, slug FROM workspaces WHERE name LIKE ${like} AND (${userId} IS NULL OR id IN (SELECT workspace_id FROM workspace_users WHERE user_id = ${userId}))`;
  },

  listSorted: async function (slug, orderBy) {
    let column = orderBy;
    if (!column) column = "name";
    // expect: sql-injection
    return await prisma.$queryRawUnsafe(`SELECT * FROM workspace_documents WHERE workspaceSlug = '${slug}' ORDER BY ${column}`);
  },

  listSortedSafe: async function (slug, orderBy) {
    const column = ORDERABLE[orderBy] ?? "name";
    return await prisma.$queryRawUnsafe(`SELECT * FROM workspace_documents WHERE workspaceSlug = ? ORDER BY ${column}`, slug);
  },
};

module.exports = { Workspace };
