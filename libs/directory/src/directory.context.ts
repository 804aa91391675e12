import type { AppConfig, BoundedContext } from '@lagspill/platform';
import type { NewPerson } from '@lagspill/domain';
import { DEMO_DIRECTORY } from './demo-directory';
import { DIRECTORY_MIGRATIONS } from './directory.migrations';
import { DirectoryModule } from './directory.module';
import { DIRECTORY_HISTORY_SUBSCRIPTION } from './history/directory-history.projection';

/**
 * The directory as every deployable hosts it: not a bounded context but the shared who-is-who, hosted
 * like one for its tables and its history projection. Its migrations come first after the event store's.
 */
export const DIRECTORY_CONTEXT: BoundedContext = {
  name: 'directory',
  modules: (config) => [
    DirectoryModule.forRoot({
      ...(config.demoDirectory ? { demo: DEMO_DIRECTORY } : {}),
      ...(config.LAGSPILL_BOOTSTRAP_ADMIN ? { bootstrapAdmin: bootstrapAdminOf(config) } : {}),
    }),
  ],
  migrations: DIRECTORY_MIGRATIONS,
  subscriptions: [DIRECTORY_HISTORY_SUBSCRIPTION],
};

function bootstrapAdminOf(config: AppConfig): NewPerson {
  return {
    username: config.LAGSPILL_BOOTSTRAP_ADMIN as string,
    name: config.LAGSPILL_BOOTSTRAP_ADMIN_NAME,
    role: 'admin',
    ...(config.LAGSPILL_BOOTSTRAP_ADMIN_EMAIL ? { email: config.LAGSPILL_BOOTSTRAP_ADMIN_EMAIL } : {}),
    ...(config.LAGSPILL_BOOTSTRAP_ADMIN_HPR ? { hprNumber: config.LAGSPILL_BOOTSTRAP_ADMIN_HPR } : {}),
  };
}
