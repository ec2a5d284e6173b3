/** SQL models over knex: entries (submitted repositories), votes and comments. */
export class Entries {
  constructor(knex) {
    this.knex = knex;
  }

  getForFeed(sortColumn, offset, limit) {
    return this.knex('entries')
      .select('entries.*', this.knex.raw('coalesce(sum(votes.vote_value), 0) as score'))
      .leftJoin('votes', 'entries.repository_name', 'votes.repository_name')
      .groupBy('entries.id')
      .orderByRaw(`${sortColumn} DESC`)
      .limit(limit)
      .offset(offset);
  }

  searchByName(term, limit) {
    // expect: sql-injection
    const query = this.knex('entries').whereRaw(`lower(repository_name) LIKE lower('%${term}%')`);
    return query.orderBy('created_at', 'desc').limit(limit);
  }

  searchByPoster(login, limit) {
    return this.knex('entries').where('posted_by', 'like', `%${login}%`).limit(limit);
  }

  getByRepoFullName(name) {
    return this.knex('entries').where({ repository_name: name }).first();
  }

  submitRepository(repoFullName, username) {
    return this.knex('entries').insert({
      created_at: Date.now(),
      updated_at: Date.now(),
      repository_name: repoFullName,
      posted_by: username,
    });
  }

  async voteForEntry(repoFullName, voteValue, username) {
    await this.knex('votes').where({ repository_name: repoFullName, username }).delete();
    if (voteValue !== 0) {
      await this.knex('votes').insert({ repository_name: repoFullName, username, vote_value: voteValue });
    }
  }
}

export class Comments {
  constructor(knex) {
    this.knex = knex;
  }

  getCommentById(id) {
    return this.knex('comments').where({ id }).first();
  }

  getCommentsByRepoName(name, limit, offset) {
    return this.knex.raw('SELECT * FROM comments WHERE repository_name = ? ORDER BY created_at DESC LIMIT ? OFFSET ?', [name, limit, offset]);
  }

  submitComment(repoFullName, username, content) {
    return this.knex('comments').insert({
      content,
      created_at: Date.now(),
      repository_name: repoFullName,
      posted_by: username,
    });
  }
}
