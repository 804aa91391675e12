import type { BoundedContext } from '@lagspill/platform';
import { CASEWORK_MIGRATIONS } from './casework.migrations';
import { CaseworkModule } from './casework.module';
import { CASE_VIEW_SUBSCRIPTION } from './read-model/case-view.projection';

/** Casework as a deployable hosts it: the case read model, the case queries and every case command. */
export const CASEWORK_CONTEXT: BoundedContext = {
  name: 'casework',
  modules: () => [CaseworkModule],
  migrations: CASEWORK_MIGRATIONS,
  subscriptions: [CASE_VIEW_SUBSCRIPTION],
};
