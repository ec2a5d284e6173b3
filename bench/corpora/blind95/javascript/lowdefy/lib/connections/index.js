import knexRaw from './knexRaw.js';
import axiosHttp from './axiosHttp.js';

export default {
  Knex: { requests: { KnexRaw: knexRaw.KnexRaw, KnexRawBound: knexRaw.KnexRawBound } },
  AxiosHttp: { requests: { AxiosHttp: axiosHttp.AxiosHttp } },
};
