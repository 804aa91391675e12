import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lagspill:public';

/**
 * Lets a route be called without a bearer token. Authentication is decided by the route that matched,
 * never by the path's spelling: every route without this mark needs a verified caller, wherever it lives.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
