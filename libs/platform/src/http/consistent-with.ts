/**
 * The request header by which a client asks a list read from a projection to include its own last change
 * (casework's `GET /api/cases`: `<case id>;v=<version>`). Here so CORS allows it from listed origins.
 */
export const CONSISTENT_WITH_HEADER = 'Lagspill-Consistent-With';
