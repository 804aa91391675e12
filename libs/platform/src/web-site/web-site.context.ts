import type { BoundedContext } from '../contexts/bounded-context';
import { WebSiteModule } from './web-site.module';

/**
 * The built web app at `/`, hosted like a context (decision 0018); last in a deployable's list, since its
 * catch-all answers every page path no route before it took.
 */
export const WEB_SITE_CONTEXT: BoundedContext = {
  name: 'web-site',
  modules: (config) => [WebSiteModule.forConfig(config)],
  migrations: [],
  subscriptions: [],
};
