import { ApiError, type Problem } from './api-error';

export interface ApiResponse<T> {
  readonly body: T;
  /** The ETag's version, for If-Match on the next change. */
  readonly etag: string | null;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly ifMatch?: string | number;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/**
 * Calls the Lagspill API with the session's bearer token. Every error comes back as an ApiError with
 * the server's problem+json, so pages show the server's own words and field names.
 */
export class ApiClient {
  constructor(
    private readonly token: () => string | null,
    private readonly onUnauthorized: () => void,
  ) {}

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const response = await this.send(path, options, 'application/json');
    const text = await response.text();
    return { body: (text === '' ? undefined : JSON.parse(text)) as T, etag: response.headers.get('etag') };
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
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    const response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (response.ok) return response;
    if (response.status === 401) this.onUnauthorized();
    throw new ApiError(response.status, await problemOf(response));
  }
}

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
