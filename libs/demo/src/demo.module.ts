import { Module, type DynamicModule } from '@nestjs/common';
import { IntakeModule } from '@lagspill/intake';
import { DEMO_OPTIONS, DemoSeeder } from './demo-seeder';

/** Demo cases for a newcomer's first look (`npm start -- --demo` or LAGSPILL_DEMO=true). */
@Module({})
export class DemoModule {
  static forRoot(options: { enabled: boolean }): DynamicModule {
    return {
      module: DemoModule,
      imports: [IntakeModule],
      providers: [{ provide: DEMO_OPTIONS, useValue: options }, DemoSeeder],
      exports: [DemoSeeder],
    };
  }
}
