import { MessageSearchService } from '../../services/messages/services/search';
import { LinkPreviewService } from '../../services/previews/services/link-preview';
import { LocalStorage } from '../../services/files/storage/local';

class GlobalResolver {
  public services = {
    messages: { search: new MessageSearchService() },
    previews: new LinkPreviewService(),
    storage: new LocalStorage(process.env.STORAGE_LOCAL_PATH || '/storage'),
  };
}

export default new GlobalResolver();
