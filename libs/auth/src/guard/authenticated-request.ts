import type { Request } from 'express';
import type { Caller } from '../caller/caller';

export interface AuthenticatedRequest extends Request {
  caller?: Caller;
}
