import 'reflect-metadata';
import { runApplication } from '@lagspill/platform';
import { InsightsServiceModule } from './insights-service.module';

void runApplication('insights', (context) => InsightsServiceModule.forRoot(context));
