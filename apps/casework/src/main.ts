import 'reflect-metadata';
import { runApplication } from '@lagspill/platform';
import { CaseworkServiceModule } from './casework-service.module';

void runApplication('casework', (context) => CaseworkServiceModule.forRoot(context));
