import 'reflect-metadata';
import { runApplication } from '@lagspill/platform';
import { RoutingServiceModule } from './routing-service.module';

void runApplication('routing', (context) => RoutingServiceModule.forRoot(context));
