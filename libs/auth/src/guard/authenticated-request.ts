import type { Request } from 'express';
import type { Caller } from '../caller/caller';
import type { VerifiedToken } from '../tokens/verified-token';

export interface AuthenticatedRequest extends Request {
  caller?: Caller;
  /** The token's verified identity, known or not to the directory. */
  identity?: VerifiedToken;
}
