import { OAuthException } from './oauth.exception';

/**
 * The named parameters of an OAuth request (query or form). RFC 6749 §3.1: a parameter without a value
 * counts as left out, one given twice is invalid_request, and any other parameter is ignored.
 */
export function oauthParameters<Name extends string>(
  source: unknown,
  names: readonly Name[],
): Partial<Record<Name, string>> {
  const given = (typeof source === 'object' && source !== null ? source : {}) as Record<string, unknown>;
  const parameters: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = given[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new OAuthException('invalid_request', `${name} is given more than once`);
    parameters[name] = value;
  }
  return parameters;
}
