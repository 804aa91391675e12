import { ApiError, type Problem } from './api-error';

/** Why the server refuses the caller everything: not in the directory (yet), or deactivated there. */
export type DeniedCode = 'UNKNOWN_USER' | 'DEACTIVATED_USER';

export const isDeniedCode = (code: unknown): code is DeniedCode =>
  code === 'UNKNOWN_USER' || code === 'DEACTIVATED_USER';

export interface ApiResponse<T> {
  readonly body: T;
  /** The ETag's version, for If-Match on the next change. */
  readonly etag: string | null;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as it is, with its own content type (a file the user chose). */
  readonly file?: { readonly content: Blob; readonly contentType: string };
  readonly ifMatch?: string | number;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/**
 * Calls the Lagspill API with the session's bearer token. Every error comes back as an ApiError with
 * the server's problem+json, so pages show the server's own words and field names.
 */
export class ApiClient {
  /**
   * This client's last change to a case (`<id>;v=<version>`), sent with case lists so they include it:
   * lists come from a read model a moment behind the log, and a reporter opening "our cases" right
   * after sending must see the case (see docs/api.md, Lagspill-Consistent-With).
   */
  private lastCaseChange: string | null = null;

  constructor(
    private readonly token: () => string | null,
    private readonly onUnauthorized: () => void,
    /** A 403 that is about the caller, not the request: unknown to the directory, or deactivated. */
    private readonly onDenied: (code: DeniedCode) => void = () => undefined,
  ) {}

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const response = await this.send(path, options, 'application/json');
    const text = await response.text();
    const body = (text === '' ? undefined : JSON.parse(text)) as T;
    if ((options.method ?? 'GET') !== 'GET' && CASE_CHANGE.test(path)) this.rememberCaseChange(body);
    return { body, etag: response.headers.get('etag') };
  }

  private rememberCaseChange(body: unknown): void {
    const { id, version } = (body ?? {}) as { id?: unknown; version?: unknown };
    if (typeof id === 'string' && typeof version === 'number') this.lastCaseChange = `${id};v=${version}`;
  }

  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return (await this.request<T>(path, signal ? { signal } : {})).body;
  }

  /** The answer as a file, for downloads such as CSV. */
  async blob(path: string, accept: string): Promise<Blob> {
    return (await this.send(path, {}, accept)).blob();
  }

  private async send(path: string, options: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept, ...options.headers };
    const token = this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.file !== undefined) headers['content-type'] = options.file.contentType;
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    if (this.lastCaseChange && CASE_LIST.test(path)) headers['lagspill-consistent-with'] = this.lastCaseChange;
    const body = options.file
      ? options.file.content
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body);
    const response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (response.ok) return response;
    if (response.status === 401) this.onUnauthorized();
    const problem = await problemOf(response);
    if (response.status === 403 && isDeniedCode(problem.code)) this.onDenied(problem.code);
    throw new ApiError(response.status, problem);
  }
}

/** Requests whose answer is the case they changed (a report makes one). */
const CASE_CHANGE = /^\/api\/(reports|cases\/[^/?]+\/[^/?]+)(\?|$)/;
/** The case list, read from the read model. */
const CASE_LIST = /^\/api\/cases(\?|$)/;

async function problemOf(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

/** `?a=1&b=2` from the defined values, or '' when there are none. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
