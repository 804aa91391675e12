import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@lagspill/auth';
import { EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { EVENT_STORE_ON_PLATFORM, modulesOf, PlatformModule, type PlatformContext } from '@lagspill/platform';
import { LAGSPILL_CONTEXTS } from './lagspill.contexts';

/** Every bounded context in one process: the embedded default. */
@Module({})
export class LagspillModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: LagspillModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: [EventStoreSchema1763769600000], contexts: LAGSPILL_CONTEXTS }),
        AuthModule.forRoot(context.config),
        EventStoreModule.forRootAsync(EVENT_STORE_ON_PLATFORM),
        ...modulesOf(LAGSPILL_CONTEXTS, context.config),
      ],
    };
  }
}
