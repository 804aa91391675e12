import { SetMetadata } from '@nestjs/common';
import type { Role } from '@lagspill/domain';

export const ROLES = 'lagspill:roles';

/** Only callers with one of these roles may use the route; others get 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
