import 'reflect-metadata';
import { runApplication } from '@lagspill/platform';
import { LagspillModule } from './lagspill.module';

void runApplication('lagspill', (context) => LagspillModule.forRoot(context), { '--demo': { LAGSPILL_DEMO: 'true' } });
