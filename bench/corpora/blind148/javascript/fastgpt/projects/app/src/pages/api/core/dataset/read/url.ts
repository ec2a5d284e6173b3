import type { ApiRequestProps } from '@fastgpt/service/type/next';
import { NextAPI } from '@/service/middleware/entry';
import { authDataset } from '@fastgpt/service/support/permission/dataset/auth';
import { ReadPermissionVal } from '@fastgpt/global/support/permission/constant';
import { urlsFetch, urlsFetchChecked } from '@fastgpt/service/core/dataset/read/url';
import { addLog } from '@fastgpt/service/common/system/log';

export type ReadUrlBody = {
  datasetId: string;
  urlList: string[];
  selector?: string;
  allowPrivate?: boolean;
};

async function handler(req: ApiRequestProps<ReadUrlBody>) {
  const { datasetId, urlList = [], selector = 'body', allowPrivate = false } = req.body;

  const { teamId, tmbId } = await authDataset({
    req,
    authToken: true,
    authApiKey: true,
    datasetId,
    per: ReadPermissionVal
  });

  addLog.info('Read url list', { teamId, tmbId, count: urlList.length });

  if (allowPrivate) {
    return urlsFetch({ urlList, selector });
  }
  return urlsFetchChecked({ urlList, selector });
}

export default NextAPI(handler);
