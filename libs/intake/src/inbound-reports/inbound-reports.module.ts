import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake.module';
import { InboundReportsConsumer } from './inbound-reports.consumer';

/**
 * Intake from lagspill.reports.inbound. A deployable adds it next to IntakeModule and
 * MessagingModule.forRoot(...), and runs MESSAGING_MIGRATIONS (the consumer's inbox).
 */
@Module({
  imports: [IntakeModule],
  providers: [InboundReportsConsumer],
})
export class InboundReportsModule {}
