import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lagspill:public';

/** Lets an /api route be called without a bearer token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
