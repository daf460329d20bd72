/**
 * What a procedure declares to be reachable over REST (`/api/v1` + `path`). The shape is
 * trpc-to-openapi's `OpenApiMeta`, written out here so the router's type (and so the typed
 * client's bundled declarations) names no REST library.
 */
export type ApiMeta = {
  openapi?: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    path: `/${string}`;
    summary?: string;
    description?: string;
    tags?: string[];
    /** Needs credentials (a session cookie or an API key); adds the bearer scheme and 401/403. */
    protect?: boolean;
  };
};
