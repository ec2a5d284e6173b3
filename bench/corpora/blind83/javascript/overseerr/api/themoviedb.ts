import axios from 'axios';

class TheMovieDb {
  private client = axios.create({ baseURL: 'https://api.themoviedb.org/3', params: { api_key: process.env.TMDB_KEY }, timeout: 5000 });

  public async searchMulti({ query, page = 1, language = 'en' }: { query: string; page?: number; language?: string }) {
    const { data } = await this.client.get('/search/multi', { params: { query, page, language, include_adult: false } });
    return data;
  }

  public async getMovie(id: string) {
    const { data } = await this.client.get(`/movie/${encodeURIComponent(id)}`);
    return data;
  }
}

export default TheMovieDb;
