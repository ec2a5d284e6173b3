import { Provide, Config } from '@midwayjs/core';
import { BaseService } from '@cool-midway/core';
import axios from 'axios';

@Provide()
export class DictImportService extends BaseService {
  @Config('oss.publicBase')
  ossBase: string;

  async importFrom(url: string, source: string) {
    if (source === 'oss') {
      const { data } = await axios.get(`${this.ossBase}/dict/${encodeURIComponent(url)}.json`, { timeout: 5000 });
      return data;
    }
    // expect: ssrf
    const { data } = await axios.get(url, { timeout: 5000 });
    return data;
  }
}
