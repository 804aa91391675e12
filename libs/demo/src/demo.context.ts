import type { BoundedContext } from '@lagspill/platform';
import { DemoModule } from './demo.module';

/**
 * The demo cases as a deployable hosts them (with LAGSPILL_DEMO). Not a bounded context but a dev tool
 * above them (decision 0018): it plays cases through intake's references and routing's rules, so it
 * needs intake hosted beside it, and keeps nothing of its own.
 */
export const DEMO_CONTEXT: BoundedContext = {
  name: 'demo',
  modules: (config) => [DemoModule.forRoot({ enabled: config.LAGSPILL_DEMO })],
  migrations: [],
  subscriptions: [],
};
