import 'reflect-metadata';
import { runApplication } from '@lagspill/platform';
import { IntakeServiceModule } from './intake-service.module';

void runApplication('intake', (context) => IntakeServiceModule.forRoot(context), {
  '--demo': { LAGSPILL_DEMO: 'true' },
});
