import { Global, Module } from '@nestjs/common';
import { Clock, SYSTEM_CLOCK } from '@lagspill/domain';

/** The one Clock of a deployable: the system's. A test overrides the provider to fix the time. */
@Global()
@Module({ providers: [{ provide: Clock, useValue: SYSTEM_CLOCK }], exports: [Clock] })
export class ClockModule {}
