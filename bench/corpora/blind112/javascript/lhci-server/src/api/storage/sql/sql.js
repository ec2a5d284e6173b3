'use strict';

const {Sequelize, QueryTypes} = require('sequelize');

const LIFECYCLES = new Set(['unsealed', 'sealed']);

class SqlStorageMethod {
  constructor(options) {
    this._sequelize = new Sequelize(options.sqlConnectionUrl, {logging: false});
  }

  async findProjectById(projectId) {
    return this._sequelize.query('SELECT * FROM projects WHERE id = :projectId', {
      replacements: {projectId},
      type: QueryTypes.SELECT,
      plain: true,
    });
  }

  async getBuilds(projectId, options = {}) {
    const lifecycle = LIFECYCLES.has(options.lifecycle) ? options.lifecycle : 'sealed';
    return this._sequelize.query(
      'SELECT * FROM builds WHERE projectId = :projectId AND lifecycle = :lifecycle AND branch = :branch ORDER BY runAt DESC LIMIT 100',
      {replacements: {projectId, lifecycle, branch: options.branch || 'main'}, type: QueryTypes.SELECT}
    );
  }

  async findBuildsByHash(projectId, options = {}) {
    const hash = options.hash;
    const limit = options.limit || 10;
    // expect: sql-injection
    return this._sequelize.query(`SELECT * FROM builds WHERE projectId = '${projectId}' AND hash LIKE '${hash}%' LIMIT ${limit}`, {type: QueryTypes.SELECT});
  }

  async createRun(unsavedRun) {
    const [id] = await this._sequelize.query(
      'INSERT INTO runs (projectId, buildId, url, lhr) VALUES (:projectId, :buildId, :url, :lhr)',
      {replacements: unsavedRun, type: QueryTypes.INSERT}
    );
    return {...unsavedRun, id};
  }

  async findRunById(projectId, buildId, runId) {
    return this._sequelize.query(
      'SELECT * FROM runs WHERE projectId = :projectId AND buildId = :buildId AND id = :runId',
      {replacements: {projectId, buildId, runId}, type: QueryTypes.SELECT, plain: true}
    );
  }
}

module.exports = SqlStorageMethod;
