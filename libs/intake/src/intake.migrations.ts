import { IntakeSchema1763784000000 } from './schema/intake.migration';

/** Every migration of the intake context, oldest first. */
export const INTAKE_MIGRATIONS = [IntakeSchema1763784000000];
