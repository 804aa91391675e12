import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IntakeModule } from '../intake.module';
import { InboundReportsConsumer } from './inbound-reports.consumer';

/**
 * Intake from lagspill.reports.inbound. A deployable adds it next to IntakeModule and
 * MessagingModule.forRoot(...), and runs MESSAGING_MIGRATIONS (the consumer's inbox).
 */
@Module({
  imports: [CqrsModule, IntakeModule],
  providers: [InboundReportsConsumer],
})
export class InboundReportsModule {}
