// Generated from docs/openapi.json by scripts/generate.ts (`pnpm generate`). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the API's health
         * @description Reports whether the API is up and which build serves it. The only public endpoint: it needs no
         *     credential and ignores `X-Cantila-Act-As`. Use it for uptime checks; it records nothing in the
         *     activity log.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The whoami call: returns the user and account the credential resolves to. Hit it first when
         *     wiring a new key. With an API key the response also names the key and its scope; with
         *     `X-Cantila-Act-As` it names the sub-account acted as. Reading it records nothing in the
         *     activity log.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Lists the account's projects, newest first, a page at a time. Records nothing in the activity log.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates an empty project in a region. Nothing runs until the first deploy
         *     (`POST /projects/{project}/deploys`). Records `project.create` in the activity log.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description Returns one project, by id or by name. Records nothing in the activity log.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project for good: stops its instances, releases its domains and deletes its deploys,
         *     environment variables and metrics. Its activity-log history stays. Cannot be undone. Records
         *     `project.delete` in the activity log.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Renames a project or changes where its deploys build from. Running instances are not touched;
         *     the next deploy uses the new source. After a rename the old name no longer resolves. Records
         *     `project.update` in the activity log.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activity events
         * @description Reads the immutable activity log, newest first. Every mutation through the API lands here,
         *     including those made by agents and those made while acting as a sub-account. Filter by who
         *     acted, what they did and on what. Nothing can write to or delete from the log through the API.
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activity/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity event
         * @description Returns one event of the activity log. Events never change once recorded.
         */
        get: operations["getActivityEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @description `degraded` while some component is impaired; requests are still served.
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @description The API build serving the request. */
            version: string;
        };
        /**
         * @description | code | status | meaning |
         *     |---|---|---|
         *     | `bad_request` | 400 | The body is not valid JSON. |
         *     | `unauthenticated` | 401 | The credential is missing, malformed, revoked or expired. |
         *     | `forbidden` | 403 | The credential's scope is too low, or the act-as handle is not yours to use. |
         *     | `not_found` | 404 | No such resource or route. |
         *     | `method_not_allowed` | 405 | The route exists but not with this method. |
         *     | `conflict` | 409 | The resource's state does not allow this now. |
         *     | `validation` | 422 | A parameter or the body failed validation; see `fields`. |
         *     | `rate_limited` | 429 | Too many requests; wait `Retry-After` seconds. |
         *     | `internal` | 500 | Our fault; safe to retry idempotent requests. |
         *     | `unavailable` | 503 | Temporarily unavailable; retry after a pause. |
         * @enum {string}
         */
        ErrorCode: "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "validation" | "rate_limited" | "internal" | "unavailable";
        FieldError: {
            /** @description Where the bad value is, as a dotted path (`instances`, `autoscaling.max`) or a parameter name (`limit`, `X-Cantila-Act-As`). */
            field: string;
            /** @description Why the value was rejected. */
            message: string;
        };
        /**
         * @description The body of every non-2xx response, from every endpoint. `error` is a stable code to branch on;
         *     `message` is a human-readable sentence you can show to a user or log.
         */
        Error: {
            error: components["schemas"]["ErrorCode"];
            /** @description What went wrong and, where it helps, what to do about it. */
            message: string;
            /** @description The request's id, the same as its `X-Request-Id` header. Sent on every error. */
            request_id?: string;
            /** @description On 422 `validation` only, one entry per field that failed. */
            fields?: components["schemas"]["FieldError"][];
        };
        User: {
            id: string;
            /** Format: email */
            email: string;
            name: string;
        };
        AccountSummary: {
            id: string;
            /** @description The account's unique handle; sub-accounts are addressed by it in `X-Cantila-Act-As`. */
            handle: string;
            /** @enum {string} */
            plan: "hobby" | "pro" | "team" | "enterprise";
        };
        /**
         * @description What a credential may do. Scopes nest — `read` ⊂ `deploy` ⊂ `admin`.
         * @enum {string}
         */
        Scope: "read" | "deploy" | "admin";
        /** @description Who the credential resolves to. */
        Me: {
            user: components["schemas"]["User"];
            account: components["schemas"]["AccountSummary"];
            /** @description The API key used, when the request was made with one. */
            key?: {
                id: string;
                scope: components["schemas"]["Scope"];
            };
            /** @description The sub-account handle from `X-Cantila-Act-As`, when the header was sent. */
            acting_as?: string;
        };
        /** @description Where deploys build from, when not given per deploy. */
        ProjectSource: {
            /** @enum {string} */
            type: "git" | "image";
            /**
             * @description For `git`, the repository URL.
             * @example https://github.com/acme/web-shop
             */
            repo?: string;
            /**
             * @description For `git`, the branch deployed by default.
             * @example main
             */
            branch?: string;
            /**
             * @description For `image`, the image reference.
             * @example registry.cantila.app/acme/web-shop:1.4.2
             */
            image?: string;
        };
        /**
         * Format: date-time
         * @description An RFC 3339 timestamp in UTC.
         */
        Timestamp: string;
        Project: {
            id: string;
            /** @description Unique within the account; usable in paths in place of the id. */
            name: string;
            /**
             * @description Region slug, from `GET /regions`.
             * @example fra1
             */
            region: string;
            source: components["schemas"]["ProjectSource"];
            /**
             * Format: uri
             * @description The project's default URL.
             */
            url: string;
            /** @description The deploy serving traffic, or `null` before the first successful deploy. */
            live_deploy_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description Pass as `cursor` to get the next page; `null` on the last page. */
        NextCursor: string | null;
        ProjectList: {
            data: components["schemas"]["Project"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ProjectCreate: {
            /** @description Lowercase letters, digits and dashes; 1 to 40 characters; unique within the account. */
            name: string;
            /** @description Region slug, from `GET /regions`. */
            region: string;
            source?: components["schemas"]["ProjectSource"];
        };
        ProjectUpdate: {
            /** @description A new name; the old name stops resolving at once. */
            name?: string;
            source?: components["schemas"]["ProjectSource"];
        };
        /** @description Who acted. */
        Actor: {
            /** @enum {string} */
            type: "user" | "key" | "agent" | "system";
            /** @description A `usr_`, `key_` or `agt_` id; `system` for Cantila itself. */
            id: string;
            name: string;
        };
        /** @description One immutable entry of the activity log. */
        ActivityEvent: {
            id: string;
            /** @description What was done, as `resource.verb` (`deploy.create`, `scale.update`, `key.revoke`, …). */
            action: string;
            actor: components["schemas"]["Actor"];
            /** @description The sub-account handle when the request used `X-Cantila-Act-As`, else `null`. */
            acting_as: string | null;
            resource: {
                /** @description The kind of resource acted on (`project`, `deploy`, `key`, …). */
                type: string;
                id: string;
            };
            /** @description The project the resource belongs to, if any. */
            project_id: string | null;
            request_id: string;
            occurred_at: components["schemas"]["Timestamp"];
        };
        ActivityEventList: {
            data: components["schemas"]["ActivityEvent"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
    };
    responses: {
        /** @description Too many requests. Wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "rate_limited",
                 *       "message": "Rate limit of 600 requests per minute exceeded; retry in 12 seconds.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on our side. Safe to retry idempotent requests. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "internal",
                 *       "message": "Something went wrong on our side; retry, and quote req_7Hc2pQ9x to support if it persists.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credential, or a malformed, revoked or expired one. */
        Unauthenticated: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthenticated",
                 *       "message": "Missing credential: send Authorization: Bearer sk_… or the cantila_session cookie.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authenticated, but the credential's scope is too low or the act-as handle is not allowed. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden",
                 *       "message": "This operation needs the admin scope; the key has read.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter or the body failed validation. `fields` names each bad value. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not valid JSON. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "bad_request",
                 *       "message": "Request body is not valid JSON: Unexpected token } at position 17.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "message": "No project web-shop in account your-handle.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource's current state does not allow this request. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "conflict",
                 *       "message": "The request conflicts with the resource's current state.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
         *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
         *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
         *     the caller may use. The CLI's `--as client-acme` sends this header.
         * @example client-acme
         */
        ActAs: string;
        /**
         * @description Opaque cursor from the previous page's `next_cursor`. Omit it for the first page.
         * @example cur_eyJvIjoyMH0
         */
        Cursor: string;
        /**
         * @description Items per page, 1 to 100.
         * @example 20
         */
        Limit: number;
        /**
         * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
         *     key does the work; a retry with the same key and the same body within 24 hours gets the first
         *     response back instead of doing the work twice. The same key with a different body is a 409
         *     `conflict`. `@cantila/client` sends one for you and keeps it across its retries.
         * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
         */
        IdempotencyKey: string;
        /**
         * @description The project's id (`prj_…`) or its name.
         * @example web-shop
         */
        ProjectRef: string;
        /**
         * @description The activity event's id.
         * @example evt_4kT9wz
         */
        EventId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Unique id of this request (`req_…`). Quote it when you contact support; it is also the `request_id` of any error body and of the activity event the request recorded.
         * @example req_7Hc2pQ9x
         */
        "X-Request-Id": string;
        /**
         * @description Requests allowed in the current window for this credential.
         * @example 600
         */
        "RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 599
         */
        "RateLimit-Remaining": number;
        /**
         * @description Seconds until the window resets.
         * @example 42
         */
        "RateLimit-Reset": number;
        /**
         * @description Seconds to wait before retrying.
         * @example 12
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is serving requests. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "2026.11.3"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and account behind the credential. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it for the first page.
                 * @example cur_eyJvIjoyMH0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prj_9Xk2mA",
                     *           "name": "web-shop",
                     *           "region": "fra1",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/web-shop",
                     *             "branch": "main"
                     *           },
                     *           "url": "https://web-shop.cantila.app",
                     *           "live_deploy_id": "dep_7Qm4Rt",
                     *           "created_at": "2026-09-14T08:21:05Z",
                     *           "updated_at": "2026-11-20T16:02:44Z"
                     *         }
                     *       ],
                     *       "next_cursor": "cur_eyJvIjoyMH0"
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same body within 24 hours gets the first
                 *     response back instead of doing the work twice. The same key with a different body is a 409
                 *     `conflict`. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-shop",
                 *       "region": "fra1",
                 *       "source": {
                 *         "type": "git",
                 *         "repo": "https://github.com/acme/web-shop",
                 *         "branch": "main"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The project was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prj_9Xk2mA",
                     *       "name": "web-shop",
                     *       "region": "fra1",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "branch": "main"
                     *       },
                     *       "url": "https://web-shop.cantila.app",
                     *       "live_deploy_id": null,
                     *       "created_at": "2026-11-28T09:00:00Z",
                     *       "updated_at": "2026-11-28T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description A project with this name already exists in the account. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "conflict",
                     *       "message": "A project named web-shop already exists in account your-handle.",
                     *       "request_id": "req_7Hc2pQ9x"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prj_9Xk2mA",
                     *       "name": "web-shop",
                     *       "region": "fra1",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "branch": "main"
                     *       },
                     *       "url": "https://web-shop.cantila.app",
                     *       "live_deploy_id": "dep_7Qm4Rt",
                     *       "created_at": "2026-09-14T08:21:05Z",
                     *       "updated_at": "2026-11-20T16:02:44Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "type": "git",
                 *         "repo": "https://github.com/acme/web-shop",
                 *         "branch": "release"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prj_9Xk2mA",
                     *       "name": "web-shop",
                     *       "region": "fra1",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "branch": "release"
                     *       },
                     *       "url": "https://web-shop.cantila.app",
                     *       "live_deploy_id": "dep_7Qm4Rt",
                     *       "created_at": "2026-09-14T08:21:05Z",
                     *       "updated_at": "2026-11-28T10:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listActivity: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it for the first page.
                 * @example cur_eyJvIjoyMH0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only events by this actor (a `usr_`, `key_` or `agt_` id).
                 * @example usr_8f2a
                 */
                actor?: string;
                /**
                 * @description Only events by this kind of actor.
                 * @example agent
                 */
                actor_type?: "user" | "key" | "agent" | "system";
                /**
                 * @description Only this action, e.g. `deploy.create`.
                 * @example deploy.create
                 */
                action?: string;
                /**
                 * @description Only events on this kind of resource.
                 * @example deploy
                 */
                resource_type?: string;
                /**
                 * @description Only events on this resource.
                 * @example dep_7Qm4Rt
                 */
                resource_id?: string;
                /**
                 * @description Only events in this project (id or name).
                 * @example web-shop
                 */
                project?: string;
                /**
                 * @description Only events at or after this time.
                 * @example 2026-11-01T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only events before this time.
                 * @example 2026-11-28T00:00:00Z
                 */
                until?: string;
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_4kT9wz",
                     *           "action": "deploy.create",
                     *           "actor": {
                     *             "type": "key",
                     *             "id": "key_51Hq2w",
                     *             "name": "ci-deploy"
                     *           },
                     *           "acting_as": "client-acme",
                     *           "resource": {
                     *             "type": "deploy",
                     *             "id": "dep_7Qm4Rt"
                     *           },
                     *           "project_id": "prj_9Xk2mA",
                     *           "request_id": "req_7Hc2pQ9x",
                     *           "occurred_at": "2026-11-20T16:02:44Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityEventList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getActivityEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. A handle the
                 *     caller may not act as is rejected with 403 `forbidden`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The activity event's id.
                 * @example evt_4kT9wz
                 */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_4kT9wz",
                     *       "action": "scale.update",
                     *       "actor": {
                     *         "type": "agent",
                     *         "id": "agt_2Lp8Vb",
                     *         "name": "night-scaler"
                     *       },
                     *       "acting_as": null,
                     *       "resource": {
                     *         "type": "project",
                     *         "id": "prj_9Xk2mA"
                     *       },
                     *       "project_id": "prj_9Xk2mA",
                     *       "request_id": "req_7Hc2pQ9x",
                     *       "occurred_at": "2026-11-21T02:00:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityEvent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
}
