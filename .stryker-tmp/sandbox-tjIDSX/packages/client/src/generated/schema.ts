// @ts-nocheck
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
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
    "/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the account's API keys, newest first, a page at a time. Secrets are never returned here;
         *     `hint` shows each key's prefix and last four characters so you can tell them apart. Revoked
         *     keys are not listed. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key with one scope (`read`, `deploy` or `admin`) and returns its secret. The
         *     secret is shown only in this response: store it at once, Cantila cannot show it again (rotate
         *     the key if you lose it). Give each integration the narrowest scope that does its job: any scope
         *     can be given, since creating a key already takes `admin`. Records `key.create` in the activity
         *     log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id.
                 * @example key_51Hq2w
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one API key's name, scope, expiry and when it was last used — never its secret.
         *     Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `key_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes an API key at once: every later request made with it gets 401 `unauthenticated`,
         *     including requests already in flight that have not been authenticated yet. Revoking cannot be
         *     undone; create a new key instead. You may revoke the key making this request. Records
         *     `key.revoke` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `key_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id.
                 * @example key_51Hq2w
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Issues a new secret for an API key, keeping its id, name, scope and expiry. The old secret
         *     stops working at once, so deploy the new one before anything else uses the key. The new secret
         *     is shown only in this response. An expired key cannot be rotated (409 `conflict`): create a new
         *     one. Records `key.rotate` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `key_not_found`
         *     - 409: `key_expired`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account
         * @description Returns the account the credential belongs to — or, with `X-Cantila-Act-As`, the sub-account
         *     acted as — with its settings. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update account settings
         * @description Changes the account's name, billing email, default region or two-factor requirement; fields
         *     you leave out keep their value. The handle cannot change. Turning on `require_two_factor`
         *     signs out, at once, the Console sessions of members who have not set up two-factor
         *     authentication; API keys are not affected. A new `default_region` applies to projects created
         *     afterwards only. Records `account.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/sub-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub-accounts
         * @description Lists the sub-accounts the caller may act inside, a page at a time. Each `handle` here is a
         *     value `X-Cantila-Act-As` accepts; any other handle is rejected with 403 `forbidden`. A
         *     standard (non-agency) account has none. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listSubAccounts"];
        put?: never;
        /**
         * Create a sub-account
         * @description Creates a sub-account owned by this agency account. You can act inside it at once with
         *     `X-Cantila-Act-As: <handle>`; its usage is billed to this account unless its billing is moved.
         *     Only agency accounts can create sub-accounts (403 `forbidden` otherwise); a handle already
         *     taken anywhere on Cantila, or a sub-account beyond the plan's `sub_accounts` quota
         *     (`GET /capacity`), is 409 `conflict`. Records `sub_account.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `handle_taken`, `idempotency_key_reused`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createSubAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub-accounts/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sub-account's handle.
                 * @example client-acme
                 */
                handle: components["parameters"]["SubAccountHandle"];
            };
            cookie?: never;
        };
        /**
         * Get a sub-account
         * @description Returns one sub-account the caller may act inside. A handle the caller may not act as is a
         *     404, so this call doubles as an access check. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `sub_account_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getSubAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a sub-account
         * @description Renames a sub-account, changes its plan, or suspends or reactivates it. Suspending keeps its
         *     projects running but rejects every further mutation inside it — including through act-as —
         *     with 409 `conflict` until it is reactivated. A plan change takes effect at once and is
         *     prorated on the next invoice. The handle cannot change. Records `sub_account.update` in the
         *     activity log of both this account and the sub-account.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `sub_account_not_found`
         *     - 409: `plan_below_usage`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateSubAccount"];
        trace?: never;
    };
    "/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team members
         * @description Lists the people on the account's team with their role, a page at a time. A member's role is
         *     the scope their Console session carries (`read`, `deploy` or `admin`). Records nothing in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team member's user id.
                 * @example usr_3Dq7nL
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a team member
         * @description Removes a member from the team. Their Console sessions end at once; the API keys they created
         *     keep working (they belong to the account) — revoke them with `DELETE /keys/{keyId}` if needed.
         *     The last `admin` cannot be removed (409 `conflict`). Records `team_member.remove` in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `team_member_not_found`
         *     - 409: `last_admin`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Sets a team member's role. The new role applies to their next request: an open Console session
         *     gains or loses access at once. The last `admin` cannot be demoted (409 `conflict`): promote
         *     someone else first. Records `team_member.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `team_member_not_found`
         *     - 409: `last_admin`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateTeamMember"];
        trace?: never;
    };
    "/team/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Lists invitations that have been sent and neither accepted, revoked nor expired yet, newest
         *     first. Invitations expire 7 days after they are sent. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone to the team
         * @description Emails an invitation to join the team with the given role. It is valid for 7 days; whoever
         *     accepts it joins with that role. Inviting an address that is already a member, or already has a
         *     pending invitation, is 409 `conflict` (revoke the old invitation to send a new one). Records
         *     `invitation.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `already_invited`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id (`ivt_…`; `inv_…` ids are invoices).
                 * @example ivt_6Rb2Xe
                 */
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        /**
         * Get an invitation
         * @description Returns one pending invitation — the URL that `POST /team/invitations` answers in `Location`.
         *     An invitation that was accepted, revoked or has expired is a 404. Records nothing in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `invitation_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Revokes a pending invitation; its link stops working at once. An invitation that was already
         *     accepted or has expired is a 404. Records `invitation.revoke` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `invitation_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["revokeInvitation"];
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates an empty project in a region. Nothing runs until the first deploy
         *     (`POST /projects/{project}/deploys`). A name already used in the account is 409 `conflict`, and
         *     so is a new project when the account already has as many as its plan allows (`projects` in
         *     `GET /capacity`). Records `project.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `name_taken`, `quota_exceeded`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project for good: stops its instances, releases its domains and deletes its deploys,
         *     environment variables and metrics. Its activity-log history stays. Cannot be undone. Records
         *     `project.delete` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Renames a project or changes where its deploys build from. Running instances are not touched;
         *     the next deploy uses the new source. After a rename the old name no longer resolves. Records
         *     `project.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `name_taken`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/projects/{project}/deploys": {
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
         * List a project's deploys
         * @description Lists a project's deploys, newest first, a page at a time — in progress, live, superseded,
         *     failed and canceled alike. Filter by `status` to find, say, the deploy serving traffic. Records
         *     nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listDeploys"];
        put?: never;
        /**
         * Deploy a project
         * @description Starts a deploy from a git ref (`source: {type: git, ref}`), a prebuilt image
         *     (`source: {type: image, image}`), or, with an empty body, the head of the project's default
         *     branch. Answers `202` at once with the deploy in `queued`; poll
         *     `GET /projects/{project}/deploys/{deployId}` as it moves through `building` and `deploying` to
         *     `live` (or `build_failed`, `deploy_failed`, `canceled`). The live deploy keeps serving until
         *     the new one is healthy, then becomes `superseded`; a failed deploy changes nothing that serves
         *     traffic. An older deploy still `queued` when this one is created is `canceled`. A build when the
         *     account has used its build minutes for the month (`GET /capacity`) is 409 `conflict`; a
         *     prebuilt image needs none. Send an `Idempotency-Key` so that a retried request cannot start a
         *     second deploy. Records `deploy.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `quota_exceeded`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/deploys/{deployId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Get a deploy
         * @description Returns one deploy. Poll this after `POST /projects/{project}/deploys` or a rollback: every few
         *     seconds is plenty. `status` ends at `live`, `build_failed`, `deploy_failed` or `canceled`; on a
         *     failure, `failure_reason` says why and `GET …/logs` shows the build or start-up output. Records
         *     nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `deploy_not_found`, `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getDeploy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/deploys/{deployId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a deploy
         * @description Cancels a deploy that is still `queued`, `building` or `deploying`. Its build stops, any
         *     instances it started are stopped, and the live deploy keeps serving as if it had never started.
         *     A deploy that is already `live` or final cannot be canceled (409 `conflict`): to undo a live
         *     deploy, roll back with `POST /projects/{project}/rollback`. Records `deploy.cancel` in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `deploy_not_found`, `project_not_found`
         *     - 409: `deploy_not_cancelable`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["cancelDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/deploys/{deployId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Read a deploy's logs
         * @description Returns a deploy's build and start-up output, oldest line first, a page at a time. Paging ends
         *     like every list's: `next_cursor` is `null` once every line written so far is read. To follow a
         *     deploy in progress, call again every few seconds with the last page's `follow_cursor` (only new
         *     lines come back, possibly none) until a page says `complete: true`. Logs are kept for 30 days.
         *     Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `deploy_not_found`, `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listDeployLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/rollback": {
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
        get?: never;
        put?: never;
        /**
         * Roll back to an earlier deploy
         * @description Deploys again the build of an earlier deploy that went `live`, without rebuilding. It creates a
         *     new deploy (`trigger: rollback`, `rollback_of` naming the earlier one) and answers `202` like
         *     `POST /projects/{project}/deploys`: poll the new deploy until it is `live`. Environment
         *     variables are today's, not those of the earlier deploy. A deploy that never went live, or is
         *     the one live now, cannot be the target (409 `conflict`). Records `deploy.rollback` in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `deploy_not_found`, `project_not_found`
         *     - 409: `rollback_target_never_live`, `rollback_target_live`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["rollbackProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/scale": {
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
         * Get a project's scale
         * @description Returns how many instances run the project, of which size, and its autoscaling settings. With
         *     autoscaling on, `instances` is the count it chose last. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getScale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Scale a project
         * @description Sets the number of instances, their size, or autoscaling. Instances are added or removed at
         *     once; a new `instance_size` replaces instances one at a time, so the project keeps serving.
         *     Watch them with `GET /projects/{project}/instances`. Setting `instances` while autoscaling is on
         *     is 409 `conflict` — turn autoscaling off in the same request (`autoscaling: {enabled: false}`)
         *     to take the count back. Going above your quota (`GET /capacity`) is 422 `validation`. Billing
         *     follows the instance count and size by the second. Records `scale.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `autoscaling_enabled`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateScale"];
        trace?: never;
    };
    "/projects/{project}/instances": {
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
         * List a project's instances
         * @description Lists the instances running the project's live deploy, with each one's status. Poll it after a
         *     scale change until every instance is `running`; a restart has a status of its own
         *     (`GET /projects/{project}/restarts/{restartId}`). Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/restart": {
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
        get?: never;
        put?: never;
        /**
         * Restart a project's instances
         * @description Restarts every instance of the project, or only those in `instance_ids`, one at a time so the
         *     project keeps serving. Restarts are long-running: this answers `202` at once with a restart
         *     (`rst_…`) in `queued`; poll `GET /projects/{project}/restarts/{restartId}` as its `status`
         *     moves to `restarting` and ends at `completed` — or at `failed`, with `failure_reason`, when an
         *     instance does not come back healthy (instances not restarted yet are left running as they
         *     were). Restarting applies environment variable changes made since the last deploy. A project
         *     with no live deploy has nothing to restart, and one whose previous restart is still `queued` or
         *     `restarting` cannot start another (409 `conflict`); an unknown instance id is 422 `validation`.
         *     Records `project.restart` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `no_live_deploy`, `restart_in_progress`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["restartProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/restarts": {
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
         * List a project's restarts
         * @description Lists the project's rolling restarts, newest first, a page at a time — running, completed and
         *     failed alike. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listRestarts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/restarts/{restartId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The restart's id, from the `202` of `POST /projects/{project}/restart`.
                 * @example rst_4Hv8Qc
                 */
                restartId: components["parameters"]["RestartId"];
            };
            cookie?: never;
        };
        /**
         * Get a restart
         * @description Returns one restart of the project. Poll it after `POST /projects/{project}/restart` — every
         *     few seconds is plenty — as its `status` moves from `queued` to `restarting` and ends at
         *     `completed` or `failed`; on a failure, `failure_reason` says which instance did not come back
         *     and why. Meanwhile `GET /projects/{project}/instances` shows each instance's own status.
         *     Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `restart_not_found`, `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getRestart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/env": {
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
         * List environment variables
         * @description Lists the project's environment variables by name, a page at a time, with each value masked:
         *     values are write-only and cannot be read back through the API. Records nothing in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listEnvVars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set or unset environment variables
         * @description Sets several variables at once: a string value sets or replaces a variable, `null` unsets it,
         *     and variables you do not name keep their value. The change is all or nothing. Running instances
         *     keep their old environment until the next deploy or restart — call
         *     `POST /projects/{project}/restart` to apply it now. Records `env.update` in the activity log,
         *     with the names changed but never the values.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateEnvVars"];
        trace?: never;
    };
    "/projects/{project}/env/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The environment variable's name.
                 * @example DATABASE_URL
                 */
                key: components["parameters"]["EnvKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unset an environment variable
         * @description Unsets one variable. Running instances keep it until the next deploy or restart. A name that is
         *     not set is a 404. Records `env.delete` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `env_var_not_found`, `project_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["deleteEnvVar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/domains": {
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
         * List a project's domains
         * @description Lists the custom domains attached to the project with their status, DNS records and
         *     certificate. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a custom domain
         * @description Attaches a hostname to the project. The domain starts in `pending_dns` with the `dns_records`
         *     to publish at your DNS provider; publish them, then call
         *     `POST /projects/{project}/domains/{domainId}/verify`. Nothing is served on the hostname until
         *     the domain is `active`. A hostname attached to any other project on Cantila is 409 `conflict`,
         *     and so is a domain beyond the plan's `domains_per_project` quota (`GET /capacity`). Records
         *     `domain.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `hostname_taken`, `quota_exceeded`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The domain's id.
                 * @example dom_8Lx2Vt
                 */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * Get a domain
         * @description Returns one custom domain. Poll it after `POST …/verify` until `status` is `active` or `error`;
         *     `dns_records` shows which records Cantila has seen, and `error.retryable` says whether verifying
         *     again can help. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `domain_not_found`, `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Remove a domain
         * @description Detaches the hostname from the project: Cantila stops serving it at once and revokes its
         *     certificate. Remove the DNS records afterwards. Records `domain.delete` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `domain_not_found`, `project_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/domains/{domainId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The domain's id.
                 * @example dom_8Lx2Vt
                 */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain
         * @description Asks Cantila to look up the domain's DNS records now. Answers `202` with the domain in
         *     `verifying`; poll `GET /projects/{project}/domains/{domainId}` as it moves to
         *     `issuing_certificate` and `active`, or to `error` (then read `error.message`, fix the record and
         *     verify again if `error.retryable`). Records not published yet, or not propagated yet (DNS
         *     changes can take minutes), end the same way: `error` with `retryable: true`, naming the record
         *     not found, which stays `pending` — wait and verify again. An `active` domain, or one already
         *     being verified, is 409 `conflict`. Records `domain.verify` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `domain_not_found`, `project_not_found`
         *     - 409: `domain_already_active`, `domain_verification_running`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/metrics": {
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
         * Read a project's metrics
         * @description Returns one metric of the project as time series, one per instance (per status class for
         *     `requests`), from `from` to `to` with a point every `step` seconds. Without `from` and `to` you
         *     get the last hour. Metrics are kept for 30 days at one-minute resolution; a range may span at
         *     most 30 days and return at most 1,440 points per series (422 `validation` otherwise — raise
         *     `step`). Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getProjectMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get billing overview
         * @description Returns the account's plan and its price, the current billing period, a summary of the payment
         *     method on file and the balance accrued so far in this period. Card numbers are never returned,
         *     only their last four digits. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the plan
         * @description Moves the account to another plan at once. Upgrades are charged pro rata on the next invoice;
         *     downgrades take effect now and are credited pro rata. A downgrade whose quotas are below what
         *     the account already uses (`GET /capacity`), or a paid plan without a payment method on file, is
         *     409 `conflict`. Choosing the current plan changes nothing. Records `billing.plan_change` in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `plan_below_usage`, `payment_method_missing`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        put: operations["changePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get usage and costs
         * @description Returns what the account used in a billing period, item by item and project by project, with
         *     what each costs. Without `period` you get the current period so far; amounts for it change as
         *     usage accrues (hourly). Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Lists the account's invoices, newest first, a page at a time. An invoice is issued when each
         *     billing period ends. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice's id.
                 * @example inv_5Gd1Ty
                 */
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Get an invoice
         * @description Returns one invoice with its lines and a short-lived link to its PDF (valid for one hour; get
         *     the invoice again for a fresh one). Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `invoice_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project}/billing-transfers": {
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
        get?: never;
        put?: never;
        /**
         * Offer a project's billing to another account
         * @description Asks another account to pay for this project's usage. The transfer starts `pending` and the
         *     receiving account's admins are emailed; nothing changes until they accept it with
         *     `POST /billing/transfers/{transferId}/accept` (or decline it). Until then this account keeps
         *     paying. A project with a transfer already pending, or a `to_account` that already pays for
         *     the project, is 409 `conflict`; an unknown `to_account` is 422 `validation`. Records
         *     `billing_transfer.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `project_not_found`
         *     - 409: `transfer_already_pending`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createBillingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List billing transfers
         * @description Lists billing transfers this account sent (`direction=outgoing`) or received
         *     (`direction=incoming`), newest first; both without `direction`. Check for incoming transfers
         *     in `pending` to answer them. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listBillingTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        /**
         * Get a billing transfer
         * @description Returns one transfer this account sent or received — the URL that
         *     `POST /projects/{project}/billing-transfers` answers in `Location`. Read it to learn whether
         *     the receiving account answered. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `billing_transfer_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getBillingTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a billing transfer
         * @description Withdraws a pending transfer this account sent, before the receiving account answers; nothing
         *     changes in who pays. Only the sending account can cancel (403 `forbidden` for the receiver,
         *     which declines instead); a transfer that is no longer `pending` is 409 `conflict`. Records
         *     `billing_transfer.cancel` in the activity log of both accounts.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `billing_transfer_not_found`
         *     - 409: `transfer_not_pending`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["cancelBillingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/transfers/{transferId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a billing transfer
         * @description Accepts a pending transfer addressed to this account: from now on this account pays for the
         *     project's usage, on this account's plan and payment method; the sender's next invoice stops at
         *     this moment. Only the receiving account can accept (403 `forbidden` for the sender); a
         *     transfer that is no longer `pending` is 409 `conflict`. Records `billing_transfer.accept` in
         *     the activity log of both accounts.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `billing_transfer_not_found`
         *     - 409: `transfer_not_pending`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["acceptBillingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/transfers/{transferId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a billing transfer
         * @description Declines a pending transfer addressed to this account, optionally with a reason the sender
         *     sees. Nothing changes in who pays; the sender may offer it again. Only the receiving account
         *     can decline (403 `forbidden` for the sender); a transfer that is no longer `pending` is 409
         *     `conflict`. Records `billing_transfer.decline` in the activity log of both accounts.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `billing_transfer_not_found`
         *     - 409: `transfer_not_pending`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["declineBillingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
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
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `activity_event_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
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
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Lists the account's agents with their scope, the projects they may touch and whether they are
         *     paused. To see what an agent did, filter the activity log: `GET /activity?actor=agt_…`.
         *     Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates an agent: an identity for an automation, with its own scope and, optionally, a list of
         *     the projects it may act on. It starts `active`. Give it the narrowest scope that does its job:
         *     any scope can be given, since creating an agent already takes `admin`. An agent beyond the
         *     plan's `agents` quota (`GET /capacity`) is 409 `conflict`. Everything it does is recorded in the
         *     activity log with it as the actor. The answer carries the agent's API key secret, once: the
         *     agent authenticates with it, and its requests are limited to the agent's scope and projects.
         *     Records `agent.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `quota_exceeded`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Returns one agent with its scope, projects and status. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `agent_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Deletes an agent for good: it stops at once and every later request it makes is rejected with
         *     401 `unauthenticated`. What it did stays in the activity log under its name. To stop an agent
         *     for a while instead, pause it. Records `agent.delete` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `agent_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Renames an agent, or changes its description, scope or projects. A new scope or project list
         *     applies to the agent's next request. Records `agent.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `agent_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/agents/{agentId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an agent
         * @description Stops an agent from acting until it is resumed: it is not run, and every request it makes is
         *     rejected with 403 `forbidden`, reason `agent_paused`; its key, scope and history stay. Work it had already started through the API (a deploy, say)
         *     carries on; cancel it separately if needed. Records `agent.pause` in the activity log when it
         *     pauses an active agent; pausing a paused agent changes nothing and records nothing.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `agent_not_found`
         *     - 409: `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["pauseAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agentId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume an agent
         * @description Lets a paused agent act again, with the scope and projects it has now. Runs it missed while
         *     paused are not made up. Records `agent.resume` in the activity log when it resumes a paused
         *     agent; resuming an active agent changes nothing and records nothing.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `agent_not_found`
         *     - 409: `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["resumeAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alerts
         * @description Lists the account's alert rules with whether each is `firing` now, a page at a time. Filter by
         *     `project` to see one project's. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listAlerts"];
        put?: never;
        /**
         * Create an alert
         * @description Creates a rule that watches one metric of one project. When the metric stays above (or below)
         *     the threshold for `duration_seconds`, the alert fires: it opens an incident and notifies every
         *     channel; when the condition clears for as long, the incident resolves itself. An alert can be
         *     created disabled (`enabled: false`). An alert beyond the plan's `alerts` quota (`GET /capacity`)
         *     is 409 `conflict`. Records `alert.create` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 409: `quota_exceeded`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["createAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The alert's id.
                 * @example alr_7Nw3Ke
                 */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * Get an alert
         * @description Returns one alert rule and whether it is firing now. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `alert_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getAlert"];
        put?: never;
        post?: never;
        /**
         * Delete an alert
         * @description Deletes an alert rule. It stops being evaluated at once and an incident it opened is resolved.
         *     Past incidents stay listed. Records `alert.delete` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `alert_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        delete: operations["deleteAlert"];
        options?: never;
        head?: never;
        /**
         * Update an alert
         * @description Changes an alert's name, metric, condition or channels, or disables it (`enabled: false`). The
         *     new rule is evaluated from now on; an incident it already opened stays open until resolved or
         *     acknowledged. Records `alert.update` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 400: `malformed_json`
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `alert_not_found`
         *     - 409: `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        patch: operations["updateAlert"];
        trace?: never;
    };
    "/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incidents
         * @description Lists incidents, newest first, a page at a time. Filter by `status=open` to see what needs
         *     attention now. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The incident's id.
                 * @example inc_9Ru4Fz
                 */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        /**
         * Get an incident
         * @description Returns one incident with who acknowledged it and when it resolved. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `incident_not_found`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The incident's id.
                 * @example inc_9Ru4Fz
                 */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an incident
         * @description Marks an open incident as taken: its channels stop getting repeat notifications, and
         *     `acknowledged_by` shows who took it. The incident still resolves by itself when the alert's
         *     condition clears. An incident already acknowledged or resolved is 409 `conflict`. Records
         *     `incident.acknowledge` in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 404: `incident_not_found`
         *     - 409: `incident_already_acknowledged`, `idempotency_key_reused`, `sub_account_suspended`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        post: operations["acknowledgeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quotas and usage
         * @description Returns the account's quotas on its plan and how much of each it uses now. Check it before
         *     scaling up, creating projects or changing plan, because going past a quota is refused: a value
         *     above one (`instances` on `PATCH /projects/{project}/scale`) is 422 `validation`, naming the
         *     field; creating one more of something already at its quota (a project with `POST /projects`,
         *     a domain, an agent, an alert, a sub-account), a deploy that needs build minutes when none are
         *     left, or a plan change below what the account uses is 409 `conflict`. Records nothing in the
         *     activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["getCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Lists the regions you can deploy to and whether each takes new projects now. Pass a region's
         *     `slug` as `region` when creating a project. Regions have no time order; they come in a fixed
         *     order, the same on every call. Records nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instance-sizes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List instance sizes
         * @description Lists the instance sizes on offer, smallest first, with their CPU, memory, monthly price and the
         *     plans that may use them. Pass a size's `slug` as `instance_size` to `PATCH /projects/{project}/scale`. Records
         *     nothing in the activity log.
         *
         *     **Errors** — the `reason` of each failure it can answer (see `ErrorReason`):
         *
         *     - 401: `credential_missing`, `credential_malformed`, `credential_too_long`, `credential_unknown`, `credential_revoked`, `credential_expired`
         *     - 403: `scope_insufficient`, `act_as_not_allowed`, `agent_paused`, `agent_project_not_allowed`
         *     - 422: `invalid_input`
         *     - 429: `rate_limited`
         *     - 500: `internal_error`
         *     - other statuses: `temporarily_unavailable`
         */
        get: operations["listInstanceSizes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "incident.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cantila opened an incident
         * @description An alert fired and opened an incident. Cantila POSTs an `incident.opened` event to each `webhook` channel of the alert, signed
         *     in `Cantila-Signature`. Answer 2xx within 10 seconds; any other answer, or none, is retried.
         */
        post: operations["incidentOpenedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "incident.acknowledged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Someone acknowledged an incident
         * @description A member or agent acknowledged the incident. Cantila POSTs an `incident.acknowledged` event to each `webhook` channel of the alert, signed
         *     in `Cantila-Signature`. Answer 2xx within 10 seconds; any other answer, or none, is retried.
         */
        post: operations["incidentAcknowledgedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "incident.resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An incident was resolved
         * @description The alert's condition cleared and the incident is resolved. Cantila POSTs an `incident.resolved` event to each `webhook` channel of the alert, signed
         *     in `Cantila-Signature`. Answer 2xx within 10 seconds; any other answer, or none, is retried.
         */
        post: operations["incidentResolvedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The error's class, one per HTTP status. Branch on it, or on the finer `reason` (`ErrorReason`),
         *     never on `message`.
         *
         *     | code | status | meaning |
         *     |---|---|---|
         *     | `bad_request` | 400 | The body is not valid JSON. |
         *     | `unauthenticated` | 401 | The credential is missing, malformed, revoked or expired. |
         *     | `forbidden` | 403 | The credential's scope is too low, the act-as handle is not one you may use (a malformed one included), or the agent is paused or kept to other projects. |
         *     | `not_found` | 404 | No such resource or route. |
         *     | `method_not_allowed` | 405 | The route exists but not with this method. |
         *     | `conflict` | 409 | The resource's state does not allow this now. |
         *     | `validation` | 422 | A parameter or the body failed validation; see `fields`. |
         *     | `rate_limited` | 429 | Too many requests; wait `Retry-After` seconds. |
         *     | `internal` | 500 | Our fault; safe to retry idempotent requests. |
         *     | `unavailable` | 503 | Temporarily unavailable; retry after a pause. |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        ErrorCode: "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "validation" | "rate_limited" | "internal" | "unavailable";
        /**
         * @description Why a request failed, one stable value per documented cause: branch on it (the `error` code only
         *     names the class of failure, its status). Each reason belongs to one `ErrorCode` (`x-cantila-code`);
         *     each operation's description ends with the reasons it can answer, and its error responses show
         *     each one by example.
         *
         *     | reason | code | meaning |
         *     |---|---|---|
         *     | `malformed_json` | `bad_request` | The body is not valid JSON. Fix the JSON and `Content-Type`. |
         *     | `credential_missing` | `unauthenticated` | No `Authorization` header nor `cantila_session` cookie. Send a key or sign in. |
         *     | `credential_malformed` | `unauthenticated` | The credential is not an `sk_…` key or a session. Send the key as `Authorization: Bearer sk_…`. |
         *     | `credential_too_long` | `unauthenticated` | The credential is longer than any Cantila issues. Send the key as issued. |
         *     | `credential_unknown` | `unauthenticated` | No such key or session. Check the key; create one with `POST /keys`. |
         *     | `credential_revoked` | `unauthenticated` | The key was revoked, or the session signed out. Use a live key, or sign in again. |
         *     | `credential_expired` | `unauthenticated` | The key or session expired. Rotate or create a key, or sign in again. |
         *     | `scope_insufficient` | `forbidden` | The credential's scope is below the operation's. Use a key with the scope under **Security**. |
         *     | `act_as_not_allowed` | `forbidden` | `X-Cantila-Act-As` names no sub-account you may act in — a malformed handle included. Use a handle from `GET /sub-accounts`. |
         *     | `agent_paused` | `forbidden` | The credential is an agent's, and the agent is paused. Resume it (`POST /agents/{agentId}/resume`). |
         *     | `agent_project_not_allowed` | `forbidden` | The agent may not act on this project (`project_ids`). Add the project to the agent's `project_ids`. |
         *     | `route_not_found` | `not_found` | No such path. Check the path against this reference. |
         *     | `project_not_found` | `not_found` | No such project in the account acted in. Check the id or name, and `X-Cantila-Act-As`. |
         *     | `deploy_not_found` | `not_found` | No such deploy of the project. List the project's deploys. |
         *     | `restart_not_found` | `not_found` | No such restart of the project. List the project's restarts. |
         *     | `domain_not_found` | `not_found` | No such domain on the project. List the project's domains. |
         *     | `env_var_not_found` | `not_found` | The project has no such variable. List the project's variables. |
         *     | `key_not_found` | `not_found` | No such API key. List the keys. |
         *     | `sub_account_not_found` | `not_found` | No such sub-account of yours. List the sub-accounts. |
         *     | `team_member_not_found` | `not_found` | No such member of the team. List the members. |
         *     | `invitation_not_found` | `not_found` | No such pending invitation. List the invitations. |
         *     | `invoice_not_found` | `not_found` | No such invoice. List the invoices. |
         *     | `billing_transfer_not_found` | `not_found` | No such transfer from or to the account. List the transfers. |
         *     | `activity_event_not_found` | `not_found` | No such event in the activity log. Search the log. |
         *     | `agent_not_found` | `not_found` | No such agent. List the agents. |
         *     | `alert_not_found` | `not_found` | No such alert. List the alerts. |
         *     | `incident_not_found` | `not_found` | No such incident. List the incidents. |
         *     | `method_not_allowed` | `method_not_allowed` | The path exists, not with this method. Use a method listed for the path. |
         *     | `idempotency_key_reused` | `conflict` | The `Idempotency-Key` was used with a different request. Send a new key for a new request. |
         *     | `sub_account_suspended` | `conflict` | The account acted in is a suspended sub-account. Its agency reactivates it. |
         *     | `quota_exceeded` | `conflict` | A quota of the plan is reached; `quota` says which, its limit and the use. Free some, or move to a larger plan. |
         *     | `name_taken` | `conflict` | Another project of the account has the name. Choose another name. |
         *     | `handle_taken` | `conflict` | The handle belongs to another account. Choose another handle. |
         *     | `hostname_taken` | `conflict` | The hostname is attached to another project. Remove it there first. |
         *     | `last_admin` | `conflict` | The change would leave the account without an admin. Promote another member first. |
         *     | `already_invited` | `conflict` | The address has a pending invitation. Revoke it to send a new one. |
         *     | `incident_already_acknowledged` | `conflict` | Someone acknowledged the incident already. Nothing; read who did. |
         *     | `domain_already_active` | `conflict` | The domain is active; there is nothing to verify. Nothing. |
         *     | `domain_verification_running` | `conflict` | A verification of the domain is running. Poll the domain. |
         *     | `plan_below_usage` | `conflict` | The account uses more than the new plan allows. Free resources first. |
         *     | `payment_method_missing` | `conflict` | A paid plan needs a payment method. Add one in the Console. |
         *     | `no_live_deploy` | `conflict` | The project has no live deploy to restart. Deploy it first. |
         *     | `restart_in_progress` | `conflict` | A restart of the project is still running. Poll it, then restart again. |
         *     | `autoscaling_enabled` | `conflict` | `instances` was set while autoscaling is on. Turn autoscaling off in the same request. |
         *     | `deploy_not_cancelable` | `conflict` | The deploy has finished (live, superseded, failed or canceled). Roll back instead. |
         *     | `rollback_target_never_live` | `conflict` | The deploy rolled back to never served traffic. Pick a deploy that went live. |
         *     | `rollback_target_live` | `conflict` | The deploy rolled back to is the live one. Nothing to do. |
         *     | `transfer_already_pending` | `conflict` | The project has a pending transfer. Wait for its answer, or cancel it. |
         *     | `transfer_not_pending` | `conflict` | The transfer was answered or canceled already. Read it again. |
         *     | `key_expired` | `conflict` | The key expired and cannot be rotated. Create a new key. |
         *     | `invalid_input` | `validation` | A parameter or the body failed validation; `fields` names each value. Fix each value listed. |
         *     | `rate_limited` | `rate_limited` | Too many requests for the credential. Wait `Retry-After` seconds. |
         *     | `internal_error` | `internal` | Our fault. Retry with backoff (a `POST` with the same `Idempotency-Key`). |
         *     | `temporarily_unavailable` | `unavailable` | Cantila is briefly unavailable (maintenance, overload). Retry after `Retry-After` seconds. |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        ErrorReason: "malformed_json" | "credential_missing" | "credential_malformed" | "credential_too_long" | "credential_unknown" | "credential_revoked" | "credential_expired" | "scope_insufficient" | "act_as_not_allowed" | "agent_paused" | "agent_project_not_allowed" | "route_not_found" | "project_not_found" | "deploy_not_found" | "restart_not_found" | "domain_not_found" | "env_var_not_found" | "key_not_found" | "sub_account_not_found" | "team_member_not_found" | "invitation_not_found" | "invoice_not_found" | "billing_transfer_not_found" | "activity_event_not_found" | "agent_not_found" | "alert_not_found" | "incident_not_found" | "method_not_allowed" | "idempotency_key_reused" | "sub_account_suspended" | "quota_exceeded" | "name_taken" | "handle_taken" | "hostname_taken" | "last_admin" | "already_invited" | "incident_already_acknowledged" | "domain_already_active" | "domain_verification_running" | "plan_below_usage" | "payment_method_missing" | "no_live_deploy" | "restart_in_progress" | "autoscaling_enabled" | "deploy_not_cancelable" | "rollback_target_never_live" | "rollback_target_live" | "transfer_already_pending" | "transfer_not_pending" | "key_expired" | "invalid_input" | "rate_limited" | "internal_error" | "temporarily_unavailable";
        /**
         * @description A quota of the account's plan, as listed by `GET /capacity`.
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        QuotaName: "projects" | "instances_per_project" | "instances_total" | "domains_per_project" | "sub_accounts" | "agents" | "alerts" | "build_minutes_per_month";
        /** @description One quota of the plan, its limit and how much of it is in use. */
        QuotaUse: {
            name: components["schemas"]["QuotaName"];
            /** @description The most the plan allows; `null` when unlimited. */
            limit: number | null;
            /** @description How much is in use now (for `…_per_project`, the most any one project uses). */
            used: number;
        };
        FieldError: {
            /** @description Where the bad value is, as a dotted path (`instances`, `autoscaling.max`) or a parameter name (`limit`, `X-Cantila-Act-As`). */
            field: string;
            /** @description Why the value was rejected. */
            message: string;
        };
        /**
         * @description The body of every non-2xx response, from every endpoint. `reason` is the stable cause to branch
         *     on, `error` its class (one per status); `message` is a human-readable sentence you can show to a
         *     user or log.
         */
        Error: {
            error: components["schemas"]["ErrorCode"];
            reason?: components["schemas"]["ErrorReason"];
            /** @description What went wrong and, where it helps, what to do about it. */
            message: string;
            /**
             * @description The request's id, the same as its `X-Request-Id` header. Not required here only because the
             *     product reference page's own error example has none; the API and the mock always send it.
             */
            request_id?: string;
            /**
             * @description The parameter or header at fault, when one is (`X-Cantila-Act-As` for `act_as_not_allowed`,
             *     `Idempotency-Key` for `idempotency_key_reused`). On 422, `fields` names each value instead.
             */
            param?: string;
            /** @description On `quota_exceeded`, the quota reached, its limit and the current use. */
            quota?: components["schemas"]["QuotaUse"];
            /** @description On 422 `validation` only, one entry per field that failed. */
            fields?: components["schemas"]["FieldError"][];
        };
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
         * @description An email address as the API accepts it: one `@`, no spaces, and a domain with at least one dot
         *     (`sam@example.com`; not `sam@localhost` nor `0@test`). 254 characters at most.
         */
        Email: string;
        User: {
            id: string;
            email: components["schemas"]["Email"];
            name: string;
        };
        /** @description An account handle — lowercase letters, digits and dashes, 1 to 40 characters, no dash at either end. */
        Handle: string;
        /**
         * @description A billing plan. See `GET /capacity` for what each allows.
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        Plan: "hobby" | "pro" | "team" | "enterprise";
        AccountSummary: {
            id: string;
            /** @description The account's unique handle; sub-accounts are addressed by it in `X-Cantila-Act-As`. */
            handle: components["schemas"]["Handle"];
            plan: components["schemas"]["Plan"];
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
            acting_as?: components["schemas"]["Handle"];
        };
        /**
         * Format: date-time
         * @description An RFC 3339 timestamp in UTC.
         */
        Timestamp: string;
        /** @description An API key. Its secret is shown only once, when the key is created or rotated. */
        ApiKey: {
            id: string;
            /** @description What the key is for, e.g. `ci-deploy`. */
            name: string;
            scope: components["schemas"]["Scope"];
            /** @description The secret's prefix and last four characters, to tell keys apart. */
            hint: string;
            /** @description The member who created the key. */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the key stops working, or `null` if it never expires.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description When the key last authenticated a request, or `null` if never.
             */
            last_used_at: string | null;
        };
        /** @description Pass as `cursor` to get the next page; `null` on the last page. */
        NextCursor: string | null;
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ApiKeyCreate: {
            /** @description What the key is for; shown in the Console and in the activity log. */
            name: string;
            scope: components["schemas"]["Scope"];
            /**
             * Format: date-time
             * @description When the key stops working; must be in the future. Omit it for a key that never expires.
             */
            expires_at?: string;
        };
        /**
         * @description A key together with its secret. The secret is returned only here, once: store it in your secret
         *     manager straight away. Cantila keeps only a hash and cannot show it again.
         */
        IssuedApiKey: {
            key: components["schemas"]["ApiKey"];
            /** @description The bearer credential: send it as `Authorization: Bearer sk_…`. */
            secret: string;
        };
        /** @description An account and its settings. Agency accounts own sub-accounts; a sub-account names its parent. */
        Account: {
            id: string;
            handle: components["schemas"]["Handle"];
            /** @description The display name shown in the Console and on invoices. */
            name: string;
            plan: components["schemas"]["Plan"];
            /**
             * @description `agency` and `reseller` accounts may create sub-accounts and act inside them; a reseller also bills its sub-accounts itself.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            type: "standard" | "agency" | "reseller";
            /** @description For a sub-account, the handle of the agency or reseller account that owns it; else `null`. */
            parent_handle: components["schemas"]["Handle"] | null;
            /** @description Where invoices and payment notices are sent. */
            billing_email: components["schemas"]["Email"];
            /** @description Region slug (from `GET /regions`) new projects get when none is given. */
            default_region: string;
            /** @description When `true`, members without two-factor authentication cannot sign in to the Console. */
            require_two_factor: boolean;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description The settings to change; fields you leave out keep their value. The handle cannot change. */
        AccountUpdate: {
            name?: string;
            billing_email?: components["schemas"]["Email"];
            /** @description Region slug, from `GET /regions`. */
            default_region?: string;
            require_two_factor?: boolean;
        };
        /** @description A sub-account of an agency account. Its handle is what you send in `X-Cantila-Act-As`. */
        SubAccount: {
            id: string;
            handle: components["schemas"]["Handle"];
            name: string;
            plan: components["schemas"]["Plan"];
            /**
             * @description `suspended` sub-accounts keep their projects running but reject every mutation made in them,
             *     including those made through act-as, with 409 `conflict`.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status: "active" | "suspended";
            created_at: components["schemas"]["Timestamp"];
        };
        SubAccountList: {
            data: components["schemas"]["SubAccount"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        SubAccountCreate: {
            handle: components["schemas"]["Handle"];
            name: string;
            plan?: components["schemas"]["Plan"];
        };
        /** @description The fields to change; the handle cannot change. */
        SubAccountUpdate: {
            name?: string;
            plan?: components["schemas"]["Plan"];
            /**
             * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status?: "active" | "suspended";
        };
        /** @description A member of the account's team. Their role is the scope their Console session carries. */
        TeamMember: {
            id: string;
            email: components["schemas"]["Email"];
            name: string;
            role: components["schemas"]["Scope"];
            two_factor_enabled: boolean;
            joined_at: components["schemas"]["Timestamp"];
        };
        TeamMemberList: {
            data: components["schemas"]["TeamMember"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        TeamMemberUpdate: {
            role: components["schemas"]["Scope"];
        };
        /** @description A pending invitation to join the team. It expires after 7 days. */
        Invitation: {
            /** @description `ivt_` for invitations, since `inv_` is taken by invoices. */
            id: string;
            email: components["schemas"]["Email"];
            role: components["schemas"]["Scope"];
            invited_by: string;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        InvitationList: {
            data: components["schemas"]["Invitation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        InvitationCreate: {
            /** @description Where the invitation is sent. */
            email: components["schemas"]["Email"];
            role: components["schemas"]["Scope"];
        };
        /** @description A project's name — lowercase letters, digits and dashes, 1 to 40 characters, no dash at either end; unique within the account. */
        ProjectName: string;
        /** @description Build the project's deploys from a git repository. */
        ProjectGitSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "git";
            /**
             * Format: uri
             * @description The repository's `https` URL.
             */
            repo: string;
            /**
             * @description The branch deployed when a deploy names no ref.
             * @default main
             */
            branch?: string;
        };
        /** @description Deploy the project from a prebuilt image, skipping the build. */
        ProjectImageSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** @description An image reference with a tag or digest, e.g. `registry.cantila.app/acme/web-shop:1.4.2`. */
            image: string;
        };
        /**
         * @description Where the project's deploys build from: a git repository (`type: git`, `repo` required) or a
         *     prebuilt image (`type: image`, `image` required).
         */
        ProjectSource: components["schemas"]["ProjectGitSource"] | components["schemas"]["ProjectImageSource"];
        Project: {
            id: string;
            /** @description Unique within the account; usable in paths in place of the id. */
            name: components["schemas"]["ProjectName"];
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
        ProjectList: {
            data: components["schemas"]["Project"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ProjectCreate: {
            /** @description Lowercase letters, digits and dashes; 1 to 40 characters; unique within the account. */
            name: components["schemas"]["ProjectName"];
            /** @description Region slug, from `GET /regions`. */
            region: string;
            /** @description Where deploys build from by default — a git repository (`repo` required) or a prebuilt image (`image` required). */
            source?: components["schemas"]["ProjectSource"];
        };
        /** @description A project's id (`prj_…`) or its name. */
        ProjectRef: string;
        ProjectUpdate: {
            /** @description A new name; the old name stops resolving at once. */
            name?: components["schemas"]["ProjectName"];
            /** @description A new source, replacing the old one whole — a git repository (`repo` required) or a prebuilt image (`image` required). The next deploy uses it. */
            source?: components["schemas"]["ProjectSource"];
        };
        /**
         * @description Where a deploy is in its lifecycle. Poll until it reaches `live` or a final state.
         *
         *     | status | meaning | final |
         *     |---|---|---|
         *     | `queued` | Waiting for a builder. | no |
         *     | `building` | Building the image from source. | no |
         *     | `deploying` | Starting instances and checking their health. | no |
         *     | `live` | Serving all traffic. | until superseded |
         *     | `superseded` | Was live; a newer deploy has replaced it. | yes |
         *     | `build_failed` | The build failed; see `failure_reason` and the logs. The live deploy keeps serving. | yes |
         *     | `deploy_failed` | The new instances did not become healthy. The live deploy keeps serving. | yes |
         *     | `canceled` | Canceled while `queued`, `building` or `deploying`. | yes |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        DeployStatus: "queued" | "building" | "deploying" | "live" | "superseded" | "build_failed" | "deploy_failed" | "canceled";
        /** @description A deploy built from the project's git repository. */
        DeployedGitSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "git";
            /**
             * Format: uri
             * @description The repository URL.
             */
            repo: string;
            /** @description The branch, tag or commit asked for. */
            ref: string;
            /** @description The commit the ref resolved to. */
            commit_sha: string;
        };
        /** @description A deploy of a prebuilt image. */
        DeployedImageSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** @description The image reference deployed. */
            image: string;
        };
        /** @description What a deploy built or deployed, resolved when it was created. */
        DeploySource: components["schemas"]["DeployedGitSource"] | components["schemas"]["DeployedImageSource"];
        /**
         * @description One build and release of a project. Deploys are long-running: poll
         *     `GET /projects/{project}/deploys/{deployId}` until `status` is `live` or final.
         */
        Deploy: {
            id: string;
            project_id: string;
            status: components["schemas"]["DeployStatus"];
            /**
             * @description What started the deploy. Who did is in the activity event `deploy.create`.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            trigger: "api" | "console" | "cli" | "git_push" | "rollback" | "agent";
            source: components["schemas"]["DeploySource"];
            /** @description For a rollback, the earlier deploy whose build this deploy runs again; else `null`. */
            rollback_of: string | null;
            /** @description Why the deploy failed, when `status` is `build_failed` or `deploy_failed`; else `null`. */
            failure_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the deploy went `live`, failed or was canceled; `null` while it is in progress.
             */
            finished_at: string | null;
        };
        DeployList: {
            data: components["schemas"]["Deploy"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description Build a branch, tag or commit of the project's repository. */
        DeployGitRef: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "git";
            /** @description A branch, tag or commit SHA. */
            ref: string;
        };
        /** @description Deploy a prebuilt image, skipping the build. */
        DeployImageRef: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** @description An image reference with a tag or digest, e.g. `registry.cantila.app/acme/web-shop:1.4.2`. */
            image: string;
        };
        /** @description What to deploy — a git ref of the project's repository (`type: git`) or a prebuilt image (`type: image`). */
        DeployRef: components["schemas"]["DeployGitRef"] | components["schemas"]["DeployImageRef"];
        /**
         * @description What to deploy. Without `source`, Cantila builds the head of the project's default branch (or
         *     deploys the image the project is configured with).
         */
        DeployCreate: {
            source?: components["schemas"]["DeployRef"];
            /**
             * @description Build from scratch, ignoring cached layers. Slower; use it when a build behaves oddly.
             * @default false
             */
            clear_build_cache?: boolean;
        };
        LogLine: {
            timestamp: components["schemas"]["Timestamp"];
            /**
             * @description `build` for the image build, `deploy` for starting and health-checking instances.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            phase: "build" | "deploy";
            /** @enum {string} */
            stream: "stdout" | "stderr";
            /** @description One line of output, without its line break. */
            message: string;
        };
        /**
         * @description A page of a deploy's log lines, oldest first. Pages follow the pagination guide: `next_cursor` is
         *     `null` once you have read every line written so far, so an iterator over the pages ends. To
         *     follow a deploy still in progress, call again later with `follow_cursor`, which returns only the
         *     lines written since; stop when `complete` is `true`.
         */
        LogLineList: {
            data: components["schemas"]["LogLine"][];
            next_cursor: components["schemas"]["NextCursor"];
            /**
             * @description Pass as `cursor`, a few seconds later, to read the lines written after this page; `null` once
             *     `complete` (no line will be added).
             */
            follow_cursor: string | null;
            /** @description `true` once the deploy has reached a final status and its logs will not grow. */
            complete: boolean;
        };
        Rollback: {
            /** @description An earlier deploy of this project that went `live`; its build is deployed again. */
            deploy_id: string;
        };
        /** @description An instance size slug, from `GET /instance-sizes`. */
        InstanceSizeSlug: string;
        /**
         * @description Autoscaling settings. While `enabled`, Cantila keeps the instance count between `min_instances`
         *     and `max_instances`, adding instances when average CPU stays above `target_cpu_percent` and
         *     removing them when it stays well below.
         */
        Autoscaling: {
            enabled: boolean;
            min_instances: number;
            max_instances: number;
            target_cpu_percent: number;
        };
        /** @description How a project runs. With autoscaling on, `instances` is the count autoscaling chose last. */
        Scale: {
            /** @description How many instances run the live deploy. */
            instances: number;
            instance_size: components["schemas"]["InstanceSizeSlug"];
            autoscaling: components["schemas"]["Autoscaling"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description Turn autoscaling on or off, or change its bounds. Fields you leave out keep their value;
         *     `min_instances` may not exceed `max_instances`.
         */
        AutoscalingUpdate: {
            enabled: boolean;
            min_instances?: number;
            max_instances?: number;
            target_cpu_percent?: number;
        };
        /**
         * @description What to change; fields you leave out keep their value. `instances` can only be set while
         *     autoscaling is off, or in the same request that turns it off.
         */
        ScaleUpdate: {
            /** @description A positive integer, at most your quota (see `GET /capacity`). */
            instances?: number;
            instance_size?: components["schemas"]["InstanceSizeSlug"];
            autoscaling?: components["schemas"]["AutoscalingUpdate"];
        };
        /** @description One running copy of a project's live deploy. */
        Instance: {
            id: string;
            /**
             * @description `restarting` after `POST /projects/{project}/restart` until the instance is `running` again;
             *     `crashed` when its process exited and Cantila is about to start it again.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status: "starting" | "running" | "restarting" | "stopping" | "crashed";
            instance_size: components["schemas"]["InstanceSizeSlug"];
            /** @description Region slug, from `GET /regions`. */
            region: string;
            /** @description The deploy this instance runs. */
            deploy_id: string;
            /** @description How many times the instance has been restarted, by request or after a crash. */
            restart_count: number;
            started_at: components["schemas"]["Timestamp"];
        };
        InstanceList: {
            data: components["schemas"]["Instance"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        RestartRequest: {
            /** @description Only these instances. Omit it to restart every instance of the project. */
            instance_ids?: string[];
        };
        /**
         * @description Where a restart is in its lifecycle. Poll until it is `completed` or `failed`.
         *
         *     | status | meaning | final |
         *     |---|---|---|
         *     | `queued` | Accepted; waits for a deploy or scale change of the project to finish first. | no |
         *     | `restarting` | Restarting the instances one at a time; each shows `restarting` in `GET /projects/{project}/instances` during its turn. | no |
         *     | `completed` | Every instance in `instance_ids` restarted and is `running` again. | yes |
         *     | `failed` | An instance did not become healthy after restarting; see `failure_reason`. Instances not restarted yet were left running as they were. | yes |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        RestartStatus: "queued" | "restarting" | "completed" | "failed";
        /**
         * @description A rolling restart of a project's instances. Restarts are long-running: poll
         *     `GET /projects/{project}/restarts/{restartId}` until `status` is `completed` or `failed`.
         *     Instances restart one at a time, so the project keeps serving.
         */
        Restart: {
            id: string;
            project_id: string;
            status: components["schemas"]["RestartStatus"];
            /** @description The instances this restart restarts, in the order it takes them. */
            instance_ids: string[];
            /** @description Why the restart failed, when `status` is `failed`; else `null`. */
            failure_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the restart completed or failed; `null` while it is `queued` or `restarting`.
             */
            finished_at: string | null;
        };
        RestartList: {
            data: components["schemas"]["Restart"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description An environment variable name — uppercase letters, digits and underscores, not starting with a digit. */
        EnvVarName: string;
        /** @description An environment variable. Its value is write-only; reads show it masked. */
        EnvVar: {
            key: components["schemas"]["EnvVarName"];
            /** @description The value's first two characters followed by bullets, enough to recognise it and no more. */
            masked_value: string;
            updated_at: components["schemas"]["Timestamp"];
        };
        EnvVarList: {
            data: components["schemas"]["EnvVar"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        EnvUpdate: {
            /** @description Names to values. A string sets the variable; `null` unsets it. Variables not named keep their value. */
            variables: {
                [key: string]: string | null;
            };
        };
        /** @description What a change to the environment did. */
        EnvChange: {
            /** @description The variables set or changed, masked. */
            set: components["schemas"]["EnvVar"][];
            /** @description The names unset. A name that was not set is listed too; unsetting it changed nothing. */
            unset: components["schemas"]["EnvVarName"][];
        };
        /**
         * @description Where a custom domain is in its lifecycle.
         *
         *     | status | meaning | what to do |
         *     |---|---|---|
         *     | `pending_dns` | Waiting for the `dns_records` to be published; nothing is looked up until you verify. | Publish them at your DNS provider, then verify. |
         *     | `verifying` | Cantila is looking the records up. | Poll the domain. |
         *     | `issuing_certificate` | Records found; the TLS certificate is being issued. | Poll the domain. |
         *     | `active` | Serving the project over HTTPS. | Nothing. |
         *     | `error` | Verification or issuance failed — records missing, not propagated yet or different; see `error`. | If `error.retryable`, fix what it says (or wait for DNS to propagate) and verify again. |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        DomainStatus: "pending_dns" | "verifying" | "issuing_certificate" | "active" | "error";
        /** @description A DNS record Cantila needs to see at your DNS provider. */
        DnsRecord: {
            /**
             * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            type: "A" | "AAAA" | "CNAME" | "TXT";
            /** @description The record's fully qualified name. */
            name: string;
            /** @description The value to publish, exactly. */
            value: string;
            /**
             * @description `pending` until first seen; `mismatch` when the record exists with another value.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status: "pending" | "verified" | "mismatch";
        };
        /**
         * @description A custom domain of a project. Verification is long-running: after `POST …/verify`, poll the
         *     domain until `status` is `active` or `error`.
         */
        Domain: {
            id: string;
            project_id: string;
            /** Format: hostname */
            hostname: string;
            status: components["schemas"]["DomainStatus"];
            /** @description Why the domain is in `error`; `null` otherwise. */
            error: {
                message: string;
                /** @description `true` when verifying again may succeed once you fix what `message` says; `false` when it cannot (remove the domain). */
                retryable: boolean;
            } | null;
            /** @description The records to publish, each with whether Cantila has seen it. */
            dns_records: components["schemas"]["DnsRecord"][];
            certificate: {
                /**
                 * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
                 * @enum {string}
                 */
                status: "pending" | "issuing" | "active" | "failed";
                /**
                 * Format: date-time
                 * @description When the certificate expires; Cantila renews it 30 days before. `null` until issued.
                 */
                expires_at: string | null;
            };
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the DNS records were last verified, or `null` if never.
             */
            verified_at: string | null;
        };
        DomainList: {
            data: components["schemas"]["Domain"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        DomainCreate: {
            /**
             * Format: hostname
             * @description A hostname you control, e.g. `shop.acme.com` or `acme.com`. Wildcards are not accepted.
             */
            hostname: string;
        };
        /**
         * @description A metric of a project, as `GET /projects/{project}/metrics` reads it and alerts watch it.
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        Metric: "cpu" | "memory" | "requests" | "latency" | "bandwidth";
        /** @description One metric of a project over a time range, one series per instance (or per status class for `requests`). */
        MetricSeries: {
            metric: components["schemas"]["Metric"];
            /**
             * @description `cpu` is in percent, `memory` in bytes, `requests` in requests per second, `latency` (p95) in milliseconds, `bandwidth` in bytes per second.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            unit: "percent" | "bytes" | "requests_per_second" | "milliseconds" | "bytes_per_second";
            /** @description Seconds between points. */
            step: number;
            series: {
                /** @description What this series is of, e.g. `{"instance_id": "ins_…"}` or `{"status_class": "5xx"}`. */
                labels: {
                    [key: string]: string;
                };
                points: {
                    timestamp: components["schemas"]["Timestamp"];
                    value: number;
                }[];
            }[];
        };
        /** @description An amount of money, in the currency's minor unit (cents for USD and EUR). */
        Money: {
            /** @description In minor units; `1250` is 12.50. Negative for a credit. */
            amount: number;
            /**
             * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            currency: "USD" | "EUR";
        };
        /** @description The account's plan, payment method and running balance. */
        Billing: {
            plan: components["schemas"]["Plan"];
            plan_price: components["schemas"]["Money"];
            /** @description The billing period in progress; usage in it is invoiced when it ends. */
            current_period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            /** @description A summary of the payment method on file, or `null` if there is none (only the hobby plan works without one). */
            payment_method: {
                /**
                 * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
                 * @enum {string}
                 */
                type: "card" | "sepa_debit" | "invoice";
                /** @description For a card, its brand (`visa`, `mastercard`, …). */
                brand: string | null;
                /** @description The last four digits of the card or account. */
                last4: string | null;
                /** @description For a card, its expiry month as `YYYY-MM`. */
                expires: string | null;
            } | null;
            balance: components["schemas"]["Money"];
        };
        PlanChange: {
            /**
             * @description The new plan. Enterprise plans are arranged with Cantila sales, not through the API.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            plan: "hobby" | "pro" | "team";
        };
        /** @description What the account used in a billing period and what it costs, item by item. */
        Usage: {
            period_start: components["schemas"]["Timestamp"];
            period_end: components["schemas"]["Timestamp"];
            items: {
                /**
                 * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
                 * @enum {string}
                 */
                item: "plan" | "instance_hours" | "bandwidth" | "build_minutes";
                /** @description The project the usage is for; `null` for account-wide items such as the plan. */
                project_id: string | null;
                quantity: number;
                /**
                 * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
                 * @enum {string}
                 */
                unit: "month" | "hour" | "gigabyte" | "minute";
                amount: components["schemas"]["Money"];
            }[];
            total: components["schemas"]["Money"];
        };
        Invoice: {
            id: string;
            /** @description The invoice number printed on the PDF, for your bookkeeping. */
            number: string;
            /**
             * @description `open` until paid; `uncollectible` after payment failed repeatedly — update the payment method and contact support.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status: "open" | "paid" | "void" | "uncollectible";
            period_start: components["schemas"]["Timestamp"];
            period_end: components["schemas"]["Timestamp"];
            lines: {
                description: string;
                amount: components["schemas"]["Money"];
            }[];
            total: components["schemas"]["Money"];
            amount_due: components["schemas"]["Money"];
            issued_at: components["schemas"]["Timestamp"];
            due_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            paid_at: string | null;
            /**
             * Format: uri
             * @description A link to the PDF, valid for one hour.
             */
            pdf_url: string;
        };
        InvoiceList: {
            data: components["schemas"]["Invoice"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        BillingTransferCreate: {
            to_account: components["schemas"]["Handle"];
            /** @description Shown to the receiving account's admins with the request. */
            note?: string;
        };
        /**
         * @description | status | meaning |
         *     |---|---|
         *     | `pending` | Waiting for the receiving account to accept or decline. The sender keeps paying. |
         *     | `accepted` | The receiving account pays for the project's usage from `resolved_at` on. |
         *     | `declined` | The receiving account declined; nothing changed. |
         *     | `canceled` | The project was deleted, or its billing moved another way, before an answer. |
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        BillingTransferStatus: "pending" | "accepted" | "declined" | "canceled";
        /** @description A request to move who pays for one project's usage to another account. */
        BillingTransfer: {
            id: string;
            project_id: string;
            from_account: components["schemas"]["Handle"];
            to_account: components["schemas"]["Handle"];
            status: components["schemas"]["BillingTransferStatus"];
            /** @description The sender's note to the receiving account. */
            note: string | null;
            /** @description For a `declined` transfer, the reason the receiving account gave, if any. */
            decline_reason: string | null;
            requested_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When it was accepted, declined or canceled; `null` while `pending`.
             */
            resolved_at: string | null;
        };
        BillingTransferList: {
            data: components["schemas"]["BillingTransfer"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        BillingTransferDecline: {
            /** @description Shown to the sending account. */
            reason?: string;
        };
        /** @description Who acted. */
        Actor: {
            /**
             * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            type: "user" | "key" | "agent" | "system";
            /** @description A `usr_`, `key_` or `agt_` id; `system` for Cantila itself. */
            id: string;
            name: string;
        };
        /** @description One immutable entry of the activity log. */
        ActivityEvent: {
            id: string;
            /**
             * @description What was done, as `resource.verb`. Each mutating operation records one action:
             *
             *     | resource | actions |
             *     |---|---|
             *     | API keys | `key.create`, `key.rotate`, `key.revoke` |
             *     | account, sub-accounts | `account.update`, `sub_account.create`, `sub_account.update` |
             *     | team | `team_member.update`, `team_member.remove`, `invitation.create`, `invitation.revoke` |
             *     | projects, deploys | `project.create`, `project.update`, `project.delete`, `deploy.create`, `deploy.cancel`, `deploy.rollback` |
             *     | runtime | `scale.update`, `project.restart`, `env.update`, `env.delete`, `domain.create`, `domain.verify`, `domain.delete` |
             *     | billing | `billing.plan_change`, `billing_transfer.create`, `billing_transfer.accept`, `billing_transfer.decline`, `billing_transfer.cancel` |
             *     | agents, monitoring | `agent.create`, `agent.update`, `agent.pause`, `agent.resume`, `agent.delete`, `alert.create`, `alert.update`, `alert.delete`, `incident.acknowledge` |
             */
            action: string;
            actor: components["schemas"]["Actor"];
            /** @description The sub-account handle when the request used `X-Cantila-Act-As`, else `null`. */
            acting_as: components["schemas"]["Handle"] | null;
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
        /**
         * @description An automation that acts on the account's behalf with a scope of its own — for example a nightly
         *     scaler or an on-call assistant. It authenticates with its own API key, issued once by
         *     `POST /agents` (`Authorization: Bearer sk_…`), and may call any operation its `scope` allows on
         *     the projects of `project_ids`: a request above its scope is 403 `scope_insufficient`, on another
         *     project 403 `agent_project_not_allowed`. While it is `paused`, every request with its key is 403
         *     `agent_paused` (nothing else changes: its key, scope and history stay); `resume` restores it.
         *     Everything it does is recorded in the activity log with `actor.type: agent` and its id.
         */
        Agent: {
            id: string;
            /** @description Shown as the actor's name in the activity log. */
            name: string;
            description: string | null;
            scope: components["schemas"]["Scope"];
            /** @description The projects the agent may act on; empty means every project of the account. */
            project_ids: string[];
            /**
             * @description A `paused` agent is not run, and every request with its key is 403 `forbidden`, reason `agent_paused`.
             *
             *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            status: "active" | "paused";
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the agent last made a request, or `null` if never.
             */
            last_active_at: string | null;
        };
        AgentList: {
            data: components["schemas"]["Agent"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description The projects the agent may act on, by id; an empty list means every project of the account. */
        AgentProjectIds: string[];
        AgentCreate: {
            name: string;
            description?: string;
            scope: components["schemas"]["Scope"];
            project_ids?: components["schemas"]["AgentProjectIds"];
        };
        /**
         * @description An agent together with the secret of its API key. The agent authenticates with this key
         *     (`Authorization: Bearer sk_…`), whose scope is the agent's `scope`; the secret is returned only
         *     here, once — store it where the automation reads its secrets. Cantila keeps only a hash.
         */
        IssuedAgent: {
            agent: components["schemas"]["Agent"];
            /** @description The agent's bearer credential: send it as `Authorization: Bearer sk_…`. */
            secret: string;
        };
        /** @description The fields to change; fields you leave out keep their value. */
        AgentUpdate: {
            name?: string;
            description?: string | null;
            scope?: components["schemas"]["Scope"];
            project_ids?: components["schemas"]["AgentProjectIds"];
        };
        /** @description Fires when the metric stays `above` (or `below`) `threshold` for `duration_seconds`. */
        AlertCondition: {
            /** @enum {string} */
            operator: "above" | "below";
            /** @description In the metric's unit (percent, bytes, requests per second, milliseconds, bytes per second). */
            threshold: number;
            duration_seconds: number;
        };
        /** @description Email the incident to an address. */
        AlertEmailChannel: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "email";
            target: components["schemas"]["Email"];
        };
        /**
         * @description POST each event of the alert's incidents (the `incident.*` webhooks) to an `https` URL, signed
         *     in `Cantila-Signature` with the account's webhook signing secret (`whsec_…`, shown in the
         *     Console's account settings).
         */
        AlertWebhookChannel: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook";
            /** @description An `https` URL on a public hostname. */
            target: string;
        };
        /** @description Post the incident to a Slack channel through an incoming webhook. */
        AlertSlackChannel: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "slack";
            /** @description A Slack incoming-webhook URL, `https://hooks.slack.com/services/…`. */
            target: string;
        };
        /** @description Where an alert's incidents are announced — an email address, an `https` webhook, or a Slack incoming webhook. */
        AlertChannel: components["schemas"]["AlertEmailChannel"] | components["schemas"]["AlertWebhookChannel"] | components["schemas"]["AlertSlackChannel"];
        /** @description The channels an alert notifies, each at most once. */
        AlertChannels: components["schemas"]["AlertChannel"][];
        /** @description A rule watching one metric of one project. When it fires it opens an incident and notifies its channels. */
        Alert: {
            id: string;
            name: string;
            project_id: string;
            metric: components["schemas"]["Metric"];
            condition: components["schemas"]["AlertCondition"];
            channels: components["schemas"]["AlertChannels"];
            enabled: boolean;
            /**
             * @description `firing` while the condition holds; its incident is in `GET /incidents`.
             * @enum {string}
             */
            state: "ok" | "firing";
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        AlertList: {
            data: components["schemas"]["Alert"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        AlertCreate: {
            name: string;
            project_id: string;
            metric: components["schemas"]["Metric"];
            condition: components["schemas"]["AlertCondition"];
            channels: components["schemas"]["AlertChannels"];
            /** @default true */
            enabled?: boolean;
        };
        /** @description The fields to change; fields you leave out keep their value. The project cannot change. */
        AlertUpdate: {
            name?: string;
            metric?: components["schemas"]["Metric"];
            condition?: components["schemas"]["AlertCondition"];
            channels?: components["schemas"]["AlertChannels"];
            enabled?: boolean;
        };
        /**
         * @description `open` when an alert fires; `acknowledged` once someone takes it; `resolved` when the condition clears for its duration.
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        IncidentStatus: "open" | "acknowledged" | "resolved";
        Incident: {
            id: string;
            /** @description The alert that opened it; `null` for incidents Cantila opened itself (say, a region outage). */
            alert_id: string | null;
            project_id: string;
            title: string;
            /**
             * @description More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
             * @enum {string}
             */
            severity: "critical" | "warning";
            status: components["schemas"]["IncidentStatus"];
            opened_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            acknowledged_at: string | null;
            /** @description Who acknowledged it, or `null`. */
            acknowledged_by: components["schemas"]["Actor"] | null;
            /** Format: date-time */
            resolved_at: string | null;
        };
        IncidentList: {
            data: components["schemas"]["Incident"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description The account's quotas on its plan, and how much of each it uses. */
        Capacity: {
            plan: components["schemas"]["Plan"];
            quotas: components["schemas"]["QuotaUse"][];
        };
        Region: {
            /** @description What to pass as `region`. */
            slug: string;
            name: string;
            /** @description City and country code. */
            location: string;
            /** @description `false` while the region takes no new projects; existing projects keep running. */
            available: boolean;
        };
        RegionList: {
            data: components["schemas"]["Region"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        InstanceSize: {
            slug: components["schemas"]["InstanceSizeSlug"];
            /** @description Virtual CPUs; fractional sizes share a core. */
            vcpu: number;
            memory_mb: number;
            monthly_price: components["schemas"]["Money"];
            /** @description The plans that may use this size. */
            plans: components["schemas"]["Plan"][];
        };
        InstanceSizeList: {
            data: components["schemas"]["InstanceSize"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `t=<unix seconds>,v1=<hex>`: `v1` is the HMAC-SHA256, keyed with your webhook signing secret
         *     (`whsec_…`), of the string `<t>.<raw body>`. Recompute it over the raw bytes received, compare in
         *     constant time, and refuse a `t` more than 5 minutes from your clock (a replay). While a secret is
         *     being rotated the header carries one `v1=` per secret; accept the delivery if any matches.
         *     `@cantila/client` exports `verifyWebhook`, which does all of this.
         */
        WebhookSignature: string;
        /**
         * @description What happened. An alert's `webhook` channels receive every event of the incidents it opens:
         *     `incident.opened` when it fires, `incident.acknowledged` when someone takes it,
         *     `incident.resolved` when the condition clears.
         *
         *     More values may be added without a new major version: handle a value you do not know (see [Enums and unknown values](#/enums-and-unknown-values)).
         * @enum {string}
         */
        WebhookEventType: "incident.opened" | "incident.acknowledged" | "incident.resolved";
        /**
         * @description The body of every webhook Cantila sends: one event. Deliveries are retried until your endpoint
         *     answers 2xx (for up to 3 days), so the same event can arrive more than once: use `id` to do its
         *     work once. Verify the `Cantila-Signature` header before trusting the body.
         */
        WebhookEvent: {
            /** @description The event's id, the same on every delivery of it. */
            id: string;
            type: components["schemas"]["WebhookEventType"];
            created_at: components["schemas"]["Timestamp"];
            /** @description The handle of the account the incident belongs to. */
            account: components["schemas"]["Handle"];
            data: {
                incident: components["schemas"]["Incident"];
            };
        };
    };
    responses: {
        /**
         * @description Any other failure, 503 `unavailable` among them (maintenance, overload: retry after `Retry-After`
         *     seconds when it is sent). The body is the `Error` shape, like every non-2xx response.
         */
        OtherError: {
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
                 *       "error": "unavailable",
                 *       "reason": "temporarily_unavailable",
                 *       "message": "Cantila is briefly unavailable for maintenance; retry in 30 seconds.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
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
                 *       "reason": "rate_limited",
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
                 *       "reason": "internal_error",
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authenticated, but the credential may not do this — its scope is too low, the act-as handle is not one you may use (a malformed handle included), or the agent it belongs to is paused or kept to other projects. */
        Forbidden: {
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
                 *       "reason": "malformed_json",
                 *       "message": "Request body is not valid JSON: Unexpected token } at position 17.",
                 *       "request_id": "req_7Hc2pQ9x"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No API key with this id in the account acted in; a revoked key is gone for good. */
        KeyNotFound: {
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
        /**
         * @description The account acted in is a suspended sub-account: its projects keep running, but nothing in it
         *     can change until its agency reactivates it (`PATCH /sub-accounts/{handle}`).
         */
        Conflict: {
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
        /** @description No sub-account with this handle that the caller may act as. */
        SubAccountNotFound: {
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
        /** @description No member with this user id on the team of the account acted in. */
        TeamMemberNotFound: {
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
        /** @description No pending invitation with this id: it was never sent, or was accepted, revoked or has expired. */
        InvitationNotFound: {
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
        /** @description No project with this id or name in the account acted in (see `X-Cantila-Act-As`). */
        ProjectNotFound: {
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
        /** @description No deploy with this id in the project, or no such project in the account acted in. */
        DeployNotFound: {
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
        /** @description No restart with this id of the project, or no such project in the account acted in. */
        RestartNotFound: {
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
        /** @description The variable is not set in the project, or no such project in the account acted in. */
        EnvVarNotFound: {
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
        /** @description No domain with this id on the project, or no such project in the account acted in. */
        DomainNotFound: {
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
        /** @description No invoice with this id in the account acted in. */
        InvoiceNotFound: {
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
        /** @description No billing transfer with this id sent or received by the account acted in. */
        BillingTransferNotFound: {
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
        /** @description No event with this id in the activity log of the account acted in. */
        ActivityEventNotFound: {
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
        /** @description No agent with this id in the account acted in. */
        AgentNotFound: {
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
        /** @description No alert with this id in the account acted in. */
        AlertNotFound: {
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
        /** @description No incident with this id in the account acted in. */
        IncidentNotFound: {
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
    };
    parameters: {
        /**
         * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
         *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
         *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
         *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
         *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
         *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
         *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
         *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
         * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
         */
        IdempotencyKey: string;
        /**
         * @description The API key's id.
         * @example key_51Hq2w
         */
        KeyId: string;
        /**
         * @description The sub-account's handle.
         * @example client-acme
         */
        SubAccountHandle: components["schemas"]["Handle"];
        /**
         * @description The team member's user id.
         * @example usr_3Dq7nL
         */
        UserId: string;
        /**
         * @description The invitation's id (`ivt_…`; `inv_…` ids are invoices).
         * @example ivt_6Rb2Xe
         */
        InvitationId: string;
        /**
         * @description The project's id (`prj_…`) or its name.
         * @example web-shop
         */
        ProjectRef: components["schemas"]["ProjectRef"];
        /**
         * @description The deploy's id.
         * @example dep_5Jc3Wb
         */
        DeployId: string;
        /**
         * @description The restart's id, from the `202` of `POST /projects/{project}/restart`.
         * @example rst_4Hv8Qc
         */
        RestartId: string;
        /**
         * @description The environment variable's name.
         * @example DATABASE_URL
         */
        EnvKey: string;
        /**
         * @description The domain's id.
         * @example dom_8Lx2Vt
         */
        DomainId: string;
        /**
         * @description The invoice's id.
         * @example inv_5Gd1Ty
         */
        InvoiceId: string;
        /**
         * @description The billing transfer's id.
         * @example trf_2Qx6Hb
         */
        TransferId: string;
        /**
         * @description The activity event's id.
         * @example evt_4kT9wz
         */
        EventId: string;
        /**
         * @description The agent's id.
         * @example agt_2Lp8Vb
         */
        AgentId: string;
        /**
         * @description The alert's id.
         * @example alr_7Nw3Ke
         */
        AlertId: string;
        /**
         * @description The incident's id.
         * @example inc_9Ru4Fz
         */
        IncidentId: string;
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
        /**
         * @description The URL of what the request created or started, to `GET` it (and poll it, when it is long-running).
         * @example /v1/projects/prj_9Xk2mA/deploys/dep_5Jc3Wb
         */
        Location: string;
        /**
         * @description `true` when this answer is a replay: the request carried an `Idempotency-Key` already used, within
         *     24 hours, with the same request, so the first answer is sent again and no work was done twice.
         *     Absent on the answer to the request that did the work.
         * @example true
         */
        "Idempotent-Replayed": "true";
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
            default: components["responses"]["OtherError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            default: components["responses"]["OtherError"];
        };
    };
    listKeys: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of API keys. */
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
                     *           "id": "key_51Hq2w",
                     *           "name": "ci-deploy",
                     *           "scope": "deploy",
                     *           "hint": "sk_live_…q2Wx",
                     *           "created_by": "usr_8f2a",
                     *           "created_at": "2026-10-02T09:12:44Z",
                     *           "expires_at": "2027-10-02T00:00:00Z",
                     *           "last_used_at": "2026-11-28T08:55:10Z"
                     *         },
                     *         {
                     *           "id": "key_0Tz4Kd",
                     *           "name": "grafana-readonly",
                     *           "scope": "read",
                     *           "hint": "sk_live_…7mPa",
                     *           "created_by": "usr_8f2a",
                     *           "created_at": "2026-06-11T14:30:00Z",
                     *           "expires_at": null,
                     *           "last_used_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "name": "ci-deploy",
                 *       "scope": "deploy",
                 *       "expires_at": "2027-10-02T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key was created. `secret` is shown this once. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": {
                     *         "id": "key_51Hq2w",
                     *         "name": "ci-deploy",
                     *         "scope": "deploy",
                     *         "hint": "sk_live_…q2Wx",
                     *         "created_by": "usr_8f2a",
                     *         "created_at": "2026-10-02T09:12:44Z",
                     *         "expires_at": "2027-10-02T00:00:00Z",
                     *         "last_used_at": null
                     *       },
                     *       "secret": "sk_live_xxxxxxxxxxxxxxxxq2Wx"
                     *     }
                     */
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The `Idempotency-Key` was already used with a different request, or the account acted in is
             *     a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The API key's id.
                 * @example key_51Hq2w
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
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
                     *       "id": "key_51Hq2w",
                     *       "name": "ci-deploy",
                     *       "scope": "deploy",
                     *       "hint": "sk_live_…q2Wx",
                     *       "created_by": "usr_8f2a",
                     *       "created_at": "2026-10-02T09:12:44Z",
                     *       "expires_at": "2027-10-02T00:00:00Z",
                     *       "last_used_at": "2026-11-28T08:55:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The API key's id.
                 * @example key_51Hq2w
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was revoked. */
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
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    rotateKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The API key's id.
                 * @example key_51Hq2w
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key has a new secret. `secret` is shown this once. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": {
                     *         "id": "key_51Hq2w",
                     *         "name": "ci-deploy",
                     *         "scope": "deploy",
                     *         "hint": "sk_live_…7fTz",
                     *         "created_by": "usr_8f2a",
                     *         "created_at": "2026-10-02T09:12:44Z",
                     *         "expires_at": "2027-10-02T00:00:00Z",
                     *         "last_used_at": "2026-11-28T08:55:10Z"
                     *       },
                     *       "secret": "sk_live_xxxxxxxxxxxxxxxx7fTz"
                     *     }
                     */
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            /**
             * @description The key has expired and cannot be rotated (create a new key instead), the `Idempotency-Key`
             *     was already used with a different request, or the account acted in is a suspended
             *     sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description The account and its settings. */
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
                     *       "id": "acc_3b1c",
                     *       "handle": "your-handle",
                     *       "name": "Your Agency",
                     *       "plan": "pro",
                     *       "type": "agency",
                     *       "parent_handle": null,
                     *       "billing_email": "billing@example.com",
                     *       "default_region": "fra1",
                     *       "require_two_factor": true,
                     *       "created_at": "2025-03-02T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billing_email": "finance@example.com",
                 *       "require_two_factor": true
                 *     }
                 */
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description The updated account. */
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
                     *       "id": "acc_3b1c",
                     *       "handle": "your-handle",
                     *       "name": "Your Agency",
                     *       "plan": "pro",
                     *       "type": "agency",
                     *       "parent_handle": null,
                     *       "billing_email": "finance@example.com",
                     *       "default_region": "fra1",
                     *       "require_two_factor": true,
                     *       "created_at": "2025-03-02T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listSubAccounts: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of the sub-accounts the caller may act as. */
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
                     *           "id": "acc_7Hn2Qa",
                     *           "handle": "client-acme",
                     *           "name": "Acme Corp",
                     *           "plan": "team",
                     *           "status": "active",
                     *           "created_at": "2025-06-18T12:00:00Z"
                     *         },
                     *         {
                     *           "id": "acc_4Zr8Lm",
                     *           "handle": "client-globex",
                     *           "name": "Globex",
                     *           "plan": "pro",
                     *           "status": "active",
                     *           "created_at": "2025-09-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["SubAccountList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createSubAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "handle": "client-initech",
                 *       "name": "Initech",
                 *       "plan": "pro"
                 *     }
                 */
                "application/json": components["schemas"]["SubAccountCreate"];
            };
        };
        responses: {
            /** @description The sub-account was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_9Pw3Df",
                     *       "handle": "client-initech",
                     *       "name": "Initech",
                     *       "plan": "pro",
                     *       "status": "active",
                     *       "created_at": "2026-11-28T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The handle is already taken on Cantila, the account already has as many sub-accounts as its
             *     plan allows (`sub_accounts` in `GET /capacity`), or the `Idempotency-Key` was already used
             *     with a different request.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getSubAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The sub-account's handle.
                 * @example client-acme
                 */
                handle: components["parameters"]["SubAccountHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-account. */
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
                     *       "id": "acc_7Hn2Qa",
                     *       "handle": "client-acme",
                     *       "name": "Acme Corp",
                     *       "plan": "team",
                     *       "status": "active",
                     *       "created_at": "2025-06-18T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubAccount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubAccountNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateSubAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The sub-account's handle.
                 * @example client-acme
                 */
                handle: components["parameters"]["SubAccountHandle"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "suspended"
                 *     }
                 */
                "application/json": components["schemas"]["SubAccountUpdate"];
            };
        };
        responses: {
            /** @description The updated sub-account. */
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
                     *       "id": "acc_7Hn2Qa",
                     *       "handle": "client-acme",
                     *       "name": "Acme Corp",
                     *       "plan": "team",
                     *       "status": "suspended",
                     *       "created_at": "2025-06-18T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubAccountNotFound"];
            /** @description The new plan's quotas are below what the sub-account already uses. */
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
                     *       "reason": "plan_below_usage",
                     *       "message": "client-acme runs 14 projects; the hobby plan allows 3. Delete projects or choose a larger plan.",
                     *       "request_id": "req_7Hc2pQ9x"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listTeamMembers: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of team members. */
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
                     *           "id": "usr_8f2a",
                     *           "email": "you@example.com",
                     *           "name": "You",
                     *           "role": "admin",
                     *           "two_factor_enabled": true,
                     *           "joined_at": "2025-03-02T10:00:00Z"
                     *         },
                     *         {
                     *           "id": "usr_3Dq7nL",
                     *           "email": "dana@example.com",
                     *           "name": "Dana Ortiz",
                     *           "role": "deploy",
                     *           "two_factor_enabled": false,
                     *           "joined_at": "2025-11-14T15:20:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["TeamMemberList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The team member's user id.
                 * @example usr_3Dq7nL
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed. */
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
            404: components["responses"]["TeamMemberNotFound"];
            /** @description The member is the account's last admin, or the account acted in is a suspended sub-account. */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The team member's user id.
                 * @example usr_3Dq7nL
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberUpdate"];
            };
        };
        responses: {
            /** @description The member with their new role. */
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
                     *       "id": "usr_3Dq7nL",
                     *       "email": "dana@example.com",
                     *       "name": "Dana Ortiz",
                     *       "role": "admin",
                     *       "two_factor_enabled": false,
                     *       "joined_at": "2025-11-14T15:20:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TeamMemberNotFound"];
            /**
             * @description The change would leave the account without an admin, or the account acted in is a suspended
             *     sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listInvitations: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of pending invitations. */
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
                     *           "id": "ivt_6Rb2Xe",
                     *           "email": "sam@example.com",
                     *           "role": "deploy",
                     *           "invited_by": "usr_8f2a",
                     *           "created_at": "2026-11-27T11:00:00Z",
                     *           "expires_at": "2026-12-04T11:00:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "email": "sam@example.com",
                 *       "role": "deploy"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description The invitation was sent. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ivt_6Rb2Xe",
                     *       "email": "sam@example.com",
                     *       "role": "deploy",
                     *       "invited_by": "usr_8f2a",
                     *       "created_at": "2026-11-27T11:00:00Z",
                     *       "expires_at": "2026-12-04T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The address is already a member or already has a pending invitation, the `Idempotency-Key`
             *     was already used with a different request, or the account acted in is a suspended
             *     sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The invitation's id (`ivt_…`; `inv_…` ids are invoices).
                 * @example ivt_6Rb2Xe
                 */
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
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
                     *       "id": "ivt_6Rb2Xe",
                     *       "email": "sam@example.com",
                     *       "role": "deploy",
                     *       "invited_by": "usr_8f2a",
                     *       "created_at": "2026-11-27T11:00:00Z",
                     *       "expires_at": "2026-12-04T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["InvitationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The invitation's id (`ivt_…`; `inv_…` ids are invoices).
                 * @example ivt_6Rb2Xe
                 */
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation was revoked. */
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
            404: components["responses"]["InvitationNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                     *           "id": "prj_6Wd3Hs",
                     *           "name": "shop-admin",
                     *           "region": "fra1",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/shop-admin",
                     *             "branch": "main"
                     *           },
                     *           "url": "https://shop-admin.cantila.app",
                     *           "live_deploy_id": null,
                     *           "created_at": "2026-11-28T09:00:00Z",
                     *           "updated_at": "2026-11-28T09:00:00Z"
                     *         },
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
            default: components["responses"]["OtherError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "name": "shop-admin",
                 *       "region": "fra1",
                 *       "source": {
                 *         "type": "git",
                 *         "repo": "https://github.com/acme/shop-admin",
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
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prj_6Wd3Hs",
                     *       "name": "shop-admin",
                     *       "region": "fra1",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/shop-admin",
                     *         "branch": "main"
                     *       },
                     *       "url": "https://shop-admin.cantila.app",
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
            /**
             * @description A project with this name already exists in the account, the account already has as many
             *     projects as its plan allows (`projects` in `GET /capacity`), the `Idempotency-Key` was
             *     already used with a different request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            404: components["responses"]["ProjectNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description The new `name` is already taken by another project of the account, or the account acted in
             *     is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listDeploys: {
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
                 * @description Only deploys in this status.
                 * @example live
                 */
                status?: components["schemas"]["DeployStatus"];
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of deploys. */
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
                     *           "id": "dep_5Jc3Wb",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "building",
                     *           "trigger": "api",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/web-shop",
                     *             "ref": "v1.4.2",
                     *             "commit_sha": "9b2e4d6f8a0c1e3f5a7b9d0e2f4a6c8e0b1d3f5a"
                     *           },
                     *           "rollback_of": null,
                     *           "failure_reason": null,
                     *           "created_at": "2026-11-28T10:20:00Z",
                     *           "finished_at": null
                     *         },
                     *         {
                     *           "id": "dep_8Hy1Cx",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "deploy_failed",
                     *           "trigger": "api",
                     *           "source": {
                     *             "type": "image",
                     *             "image": "registry.cantila.app/acme/web-shop:1.4.3"
                     *           },
                     *           "rollback_of": null,
                     *           "failure_reason": "Health check GET /healthz on port 8080 failed for 300 seconds; the previous deploy keeps serving.",
                     *           "created_at": "2026-11-27T19:10:00Z",
                     *           "finished_at": "2026-11-27T19:15:12Z"
                     *         },
                     *         {
                     *           "id": "dep_2Vn8Ks",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "build_failed",
                     *           "trigger": "git_push",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/web-shop",
                     *             "ref": "main",
                     *             "commit_sha": "0d4f6b8e1a3c5e7f9b2d4f6a8c0e2a4c6e8f0b2d"
                     *           },
                     *           "rollback_of": null,
                     *           "failure_reason": "npm ci exited with code 1: package-lock.json is out of sync with package.json.",
                     *           "created_at": "2026-11-27T18:41:09Z",
                     *           "finished_at": "2026-11-27T18:42:57Z"
                     *         },
                     *         {
                     *           "id": "dep_7Qm4Rt",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "live",
                     *           "trigger": "api",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/web-shop",
                     *             "ref": "main",
                     *             "commit_sha": "4f1c9e2a7b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f"
                     *           },
                     *           "rollback_of": null,
                     *           "failure_reason": null,
                     *           "created_at": "2026-11-20T16:02:44Z",
                     *           "finished_at": "2026-11-20T16:06:31Z"
                     *         },
                     *         {
                     *           "id": "dep_6Kp9Ds",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "superseded",
                     *           "trigger": "git_push",
                     *           "source": {
                     *             "type": "git",
                     *             "repo": "https://github.com/acme/web-shop",
                     *             "ref": "main",
                     *             "commit_sha": "7e3a1c5b9d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a"
                     *           },
                     *           "rollback_of": null,
                     *           "failure_reason": null,
                     *           "created_at": "2026-11-13T11:20:00Z",
                     *           "finished_at": "2026-11-13T11:24:10Z"
                     *         }
                     *       ],
                     *       "next_cursor": "cur_eyJvIjoyMH0"
                     *     }
                     */
                    "application/json": components["schemas"]["DeployList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeployCreate"];
            };
        };
        responses: {
            /** @description The deploy was queued. Poll it until its `status` is final. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dep_5Jc3Wb",
                     *       "project_id": "prj_9Xk2mA",
                     *       "status": "queued",
                     *       "trigger": "api",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "ref": "v1.4.2",
                     *         "commit_sha": "9b2e4d6f8a0c1e3f5a7b9d0e2f4a6c8e0b1d3f5a"
                     *       },
                     *       "rollback_of": null,
                     *       "failure_reason": null,
                     *       "created_at": "2026-11-28T10:20:00Z",
                     *       "finished_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description The account has used all its build minutes for the month (`build_minutes_per_month` in `GET
             *     /capacity`; a prebuilt image needs none), the `Idempotency-Key` was already used with a
             *     different request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeployNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    cancelDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy, now `canceled`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dep_5Jc3Wb",
                     *       "project_id": "prj_9Xk2mA",
                     *       "status": "canceled",
                     *       "trigger": "api",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "ref": "v1.4.2",
                     *         "commit_sha": "9b2e4d6f8a0c1e3f5a7b9d0e2f4a6c8e0b1d3f5a"
                     *       },
                     *       "rollback_of": null,
                     *       "failure_reason": null,
                     *       "created_at": "2026-11-28T10:20:00Z",
                     *       "finished_at": "2026-11-28T10:21:40Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeployNotFound"];
            /**
             * @description The deploy is already `live` or final, the `Idempotency-Key` was already used with a
             *     different request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listDeployLogs: {
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
                 * @description Only lines of this phase.
                 * @example build
                 */
                phase?: "build" | "deploy";
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The deploy's id.
                 * @example dep_5Jc3Wb
                 */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log lines. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogLineList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeployNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    rollbackProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
                 *       "deploy_id": "dep_6Kp9Ds"
                 *     }
                 */
                "application/json": components["schemas"]["Rollback"];
            };
        };
        responses: {
            /** @description The rollback deploy was queued. Poll it until its `status` is final. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dep_3Tg6Mn",
                     *       "project_id": "prj_9Xk2mA",
                     *       "status": "queued",
                     *       "trigger": "rollback",
                     *       "source": {
                     *         "type": "git",
                     *         "repo": "https://github.com/acme/web-shop",
                     *         "ref": "main",
                     *         "commit_sha": "7e3a1c5b9d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a"
                     *       },
                     *       "rollback_of": "dep_6Kp9Ds",
                     *       "failure_reason": null,
                     *       "created_at": "2026-11-28T11:02:00Z",
                     *       "finished_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeployNotFound"];
            /**
             * @description The target deploy never went live, or is the one live now; the `Idempotency-Key` was already
             *     used with a different request; or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getScale: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description The project's scale. */
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
                     *       "instances": 3,
                     *       "instance_size": "standard-2x",
                     *       "autoscaling": {
                     *         "enabled": false,
                     *         "min_instances": 2,
                     *         "max_instances": 6,
                     *         "target_cpu_percent": 70
                     *       },
                     *       "updated_at": "2026-11-28T07:00:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Scale"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateScale: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                "application/json": components["schemas"]["ScaleUpdate"];
            };
        };
        responses: {
            /** @description The project's new scale. */
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
                     *       "instances": 5,
                     *       "instance_size": "standard-2x",
                     *       "autoscaling": {
                     *         "enabled": false,
                     *         "min_instances": 2,
                     *         "max_instances": 6,
                     *         "target_cpu_percent": 70
                     *       },
                     *       "updated_at": "2026-11-28T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Scale"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description `instances` was set while autoscaling is on, or the account acted in is a suspended
             *     sub-account.
             */
            409: {
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
            /** @description A value failed validation. `fields` names each bad value. */
            422: {
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
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listInstances: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of instances. */
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
                     *           "id": "ins_1Ka7Wd",
                     *           "status": "running",
                     *           "instance_size": "standard-2x",
                     *           "region": "fra1",
                     *           "deploy_id": "dep_7Qm4Rt",
                     *           "restart_count": 0,
                     *           "started_at": "2026-11-20T16:05:12Z"
                     *         },
                     *         {
                     *           "id": "ins_6Pe3Zr",
                     *           "status": "restarting",
                     *           "instance_size": "standard-2x",
                     *           "region": "fra1",
                     *           "deploy_id": "dep_7Qm4Rt",
                     *           "restart_count": 2,
                     *           "started_at": "2026-11-20T16:05:14Z"
                     *         },
                     *         {
                     *           "id": "ins_9Tb2Mk",
                     *           "status": "running",
                     *           "instance_size": "standard-2x",
                     *           "region": "fra1",
                     *           "deploy_id": "dep_7Qm4Rt",
                     *           "restart_count": 0,
                     *           "started_at": "2026-11-28T07:00:09Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InstanceList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    restartProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RestartRequest"];
            };
        };
        responses: {
            /** @description The restart was accepted. Poll it until its `status` is `completed` or `failed`. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rst_4Hv8Qc",
                     *       "project_id": "prj_9Xk2mA",
                     *       "status": "queued",
                     *       "instance_ids": [
                     *         "ins_1Ka7Wd",
                     *         "ins_6Pe3Zr",
                     *         "ins_9Tb2Mk"
                     *       ],
                     *       "failure_reason": null,
                     *       "created_at": "2026-11-28T10:40:00Z",
                     *       "finished_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Restart"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description The project has no live deploy, so nothing runs to restart; a restart of the project is
             *     still in progress; the `Idempotency-Key` was already used with a different request; or the
             *     account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listRestarts: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of restarts. */
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
                     *           "id": "rst_4Hv8Qc",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "restarting",
                     *           "instance_ids": [
                     *             "ins_1Ka7Wd",
                     *             "ins_6Pe3Zr",
                     *             "ins_9Tb2Mk"
                     *           ],
                     *           "failure_reason": null,
                     *           "created_at": "2026-11-28T10:40:00Z",
                     *           "finished_at": null
                     *         },
                     *         {
                     *           "id": "rst_2Jm6Tw",
                     *           "project_id": "prj_9Xk2mA",
                     *           "status": "failed",
                     *           "instance_ids": [
                     *             "ins_6Pe3Zr"
                     *           ],
                     *           "failure_reason": "Instance ins_6Pe3Zr failed its health check GET /healthz on port 8080 for 120 seconds after restarting; it is being started again.",
                     *           "created_at": "2026-11-27T21:05:00Z",
                     *           "finished_at": "2026-11-27T21:07:04Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RestartList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getRestart: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The restart's id, from the `202` of `POST /projects/{project}/restart`.
                 * @example rst_4Hv8Qc
                 */
                restartId: components["parameters"]["RestartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restart. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Restart"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RestartNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listEnvVars: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of environment variables, values masked. */
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
                     *           "key": "DATABASE_URL",
                     *           "masked_value": "po••••••••",
                     *           "updated_at": "2026-10-05T12:00:00Z"
                     *         },
                     *         {
                     *           "key": "STRIPE_SECRET_KEY",
                     *           "masked_value": "sk••••••••",
                     *           "updated_at": "2026-11-02T09:45:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["EnvVarList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateEnvVars: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                 *       "variables": {
                 *         "DATABASE_URL": "postgres://shop:s3cret@db.internal:5432/shop",
                 *         "LEGACY_API_TOKEN": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnvUpdate"];
            };
        };
        responses: {
            /** @description What changed, values masked. */
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
                     *       "set": [
                     *         {
                     *           "key": "DATABASE_URL",
                     *           "masked_value": "po••••••••",
                     *           "updated_at": "2026-11-28T10:45:00Z"
                     *         }
                     *       ],
                     *       "unset": [
                     *         "LEGACY_API_TOKEN"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EnvChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    deleteEnvVar: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The environment variable's name.
                 * @example DATABASE_URL
                 */
                key: components["parameters"]["EnvKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable was unset. */
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
            404: components["responses"]["EnvVarNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listDomains: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of domains. */
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
                     *           "id": "dom_8Lx2Vt",
                     *           "project_id": "prj_9Xk2mA",
                     *           "hostname": "www.acme.com",
                     *           "status": "pending_dns",
                     *           "error": null,
                     *           "dns_records": [
                     *             {
                     *               "type": "CNAME",
                     *               "name": "www.acme.com",
                     *               "value": "web-shop.cantila.app",
                     *               "status": "pending"
                     *             },
                     *             {
                     *               "type": "TXT",
                     *               "name": "_cantila-challenge.www.acme.com",
                     *               "value": "cantila-verify=5d1e8c3a9f",
                     *               "status": "pending"
                     *             }
                     *           ],
                     *           "certificate": {
                     *             "status": "pending",
                     *             "expires_at": null
                     *           },
                     *           "created_at": "2026-11-28T11:10:00Z",
                     *           "verified_at": null
                     *         },
                     *         {
                     *           "id": "dom_4Fs9Qp",
                     *           "project_id": "prj_9Xk2mA",
                     *           "hostname": "shop.acme.com",
                     *           "status": "active",
                     *           "error": null,
                     *           "dns_records": [
                     *             {
                     *               "type": "CNAME",
                     *               "name": "shop.acme.com",
                     *               "value": "web-shop.cantila.app",
                     *               "status": "verified"
                     *             }
                     *           ],
                     *           "certificate": {
                     *             "status": "active",
                     *             "expires_at": "2027-02-18T00:00:00Z"
                     *           },
                     *           "created_at": "2026-11-18T09:00:00Z",
                     *           "verified_at": "2026-11-18T09:12:30Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DomainList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
                 *       "hostname": "www.acme.com"
                 *     }
                 */
                "application/json": components["schemas"]["DomainCreate"];
            };
        };
        responses: {
            /** @description The domain was added and waits for its DNS records. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dom_8Lx2Vt",
                     *       "project_id": "prj_9Xk2mA",
                     *       "hostname": "www.acme.com",
                     *       "status": "pending_dns",
                     *       "error": null,
                     *       "dns_records": [
                     *         {
                     *           "type": "CNAME",
                     *           "name": "www.acme.com",
                     *           "value": "web-shop.cantila.app",
                     *           "status": "pending"
                     *         },
                     *         {
                     *           "type": "TXT",
                     *           "name": "_cantila-challenge.www.acme.com",
                     *           "value": "cantila-verify=5d1e8c3a9f",
                     *           "status": "pending"
                     *         }
                     *       ],
                     *       "certificate": {
                     *         "status": "pending",
                     *         "expires_at": null
                     *       },
                     *       "created_at": "2026-11-28T11:10:00Z",
                     *       "verified_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Domain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description The hostname is attached to another project on Cantila, the project already has as many
             *     domains as the plan allows (`domains_per_project` in `GET /capacity`), the `Idempotency-Key`
             *     was already used with a different request, or the account acted in is a suspended
             *     sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The domain's id.
                 * @example dom_8Lx2Vt
                 */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DomainNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                /**
                 * @description The domain's id.
                 * @example dom_8Lx2Vt
                 */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain was removed. */
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
            404: components["responses"]["DomainNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The project's id (`prj_…`) or its name.
                 * @example web-shop
                 */
                project: components["parameters"]["ProjectRef"];
                /**
                 * @description The domain's id.
                 * @example dom_8Lx2Vt
                 */
                domainId: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification started. Poll the domain until its `status` is `active` or `error`. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dom_8Lx2Vt",
                     *       "project_id": "prj_9Xk2mA",
                     *       "hostname": "www.acme.com",
                     *       "status": "verifying",
                     *       "error": null,
                     *       "dns_records": [
                     *         {
                     *           "type": "CNAME",
                     *           "name": "www.acme.com",
                     *           "value": "web-shop.cantila.app",
                     *           "status": "pending"
                     *         },
                     *         {
                     *           "type": "TXT",
                     *           "name": "_cantila-challenge.www.acme.com",
                     *           "value": "cantila-verify=5d1e8c3a9f",
                     *           "status": "pending"
                     *         }
                     *       ],
                     *       "certificate": {
                     *         "status": "pending",
                     *         "expires_at": null
                     *       },
                     *       "created_at": "2026-11-28T11:10:00Z",
                     *       "verified_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Domain"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DomainNotFound"];
            /**
             * @description The domain is already `active` or being verified, the `Idempotency-Key` was already used
             *     with a different request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getProjectMetrics: {
        parameters: {
            query: {
                /**
                 * @description Which metric.
                 * @example cpu
                 */
                metric: components["schemas"]["Metric"];
                /**
                 * @description Start of the range (inclusive). Defaults to one hour before `to`.
                 * @example 2026-11-28T09:00:00Z
                 */
                from?: string;
                /**
                 * @description End of the range (exclusive). Defaults to now.
                 * @example 2026-11-28T10:00:00Z
                 */
                to?: string;
                /**
                 * @description Seconds between points.
                 * @example 300
                 */
                step?: number;
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description The metric's series. */
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
                     *       "metric": "cpu",
                     *       "unit": "percent",
                     *       "step": 300,
                     *       "series": [
                     *         {
                     *           "labels": {
                     *             "instance_id": "ins_1Ka7Wd"
                     *           },
                     *           "points": [
                     *             {
                     *               "timestamp": "2026-11-28T09:00:00Z",
                     *               "value": 41.5
                     *             },
                     *             {
                     *               "timestamp": "2026-11-28T09:05:00Z",
                     *               "value": 47.2
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "labels": {
                     *             "instance_id": "ins_6Pe3Zr"
                     *           },
                     *           "points": [
                     *             {
                     *               "timestamp": "2026-11-28T09:00:00Z",
                     *               "value": 38.9
                     *             },
                     *             {
                     *               "timestamp": "2026-11-28T09:05:00Z",
                     *               "value": 52
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "labels": {
                     *             "instance_id": "ins_9Tb2Mk"
                     *           },
                     *           "points": [
                     *             {
                     *               "timestamp": "2026-11-28T09:00:00Z",
                     *               "value": 44.1
                     *             },
                     *             {
                     *               "timestamp": "2026-11-28T09:05:00Z",
                     *               "value": 49.6
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MetricSeries"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getBilling: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description The billing overview. */
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
                     *       "plan": "pro",
                     *       "plan_price": {
                     *         "amount": 2500,
                     *         "currency": "USD"
                     *       },
                     *       "current_period": {
                     *         "start": "2026-11-01T00:00:00Z",
                     *         "end": "2026-12-01T00:00:00Z"
                     *       },
                     *       "payment_method": {
                     *         "type": "card",
                     *         "brand": "visa",
                     *         "last4": "4242",
                     *         "expires": "2028-04"
                     *       },
                     *       "balance": {
                     *         "amount": 8734,
                     *         "currency": "USD"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Billing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    changePlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "team"
                 *     }
                 */
                "application/json": components["schemas"]["PlanChange"];
            };
        };
        responses: {
            /** @description The billing overview on the new plan. */
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
                     *       "plan": "team",
                     *       "plan_price": {
                     *         "amount": 9900,
                     *         "currency": "USD"
                     *       },
                     *       "current_period": {
                     *         "start": "2026-11-01T00:00:00Z",
                     *         "end": "2026-12-01T00:00:00Z"
                     *       },
                     *       "payment_method": {
                     *         "type": "card",
                     *         "brand": "visa",
                     *         "last4": "4242",
                     *         "expires": "2028-04"
                     *       },
                     *       "balance": {
                     *         "amount": 11380,
                     *         "currency": "USD"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Billing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The account uses more than the new plan allows, has no payment method for a paid plan, or
             *     the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /**
                 * @description The billing period, as the month it starts in (`YYYY-MM`). Defaults to the current one.
                 * @example 2026-10
                 */
                period?: string;
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description Usage and costs for the period. */
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
                     *       "period_start": "2026-10-01T00:00:00Z",
                     *       "period_end": "2026-11-01T00:00:00Z",
                     *       "items": [
                     *         {
                     *           "item": "plan",
                     *           "project_id": null,
                     *           "quantity": 1,
                     *           "unit": "month",
                     *           "amount": {
                     *             "amount": 2500,
                     *             "currency": "USD"
                     *           }
                     *         },
                     *         {
                     *           "item": "instance_hours",
                     *           "project_id": "prj_9Xk2mA",
                     *           "quantity": 2232,
                     *           "unit": "hour",
                     *           "amount": {
                     *             "amount": 5356,
                     *             "currency": "USD"
                     *           }
                     *         },
                     *         {
                     *           "item": "bandwidth",
                     *           "project_id": "prj_9Xk2mA",
                     *           "quantity": 412.5,
                     *           "unit": "gigabyte",
                     *           "amount": {
                     *             "amount": 825,
                     *             "currency": "USD"
                     *           }
                     *         }
                     *       ],
                     *       "total": {
                     *         "amount": 8681,
                     *         "currency": "USD"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listInvoices: {
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
                 * @description Only invoices in this status.
                 * @example open
                 */
                status?: "open" | "paid" | "void" | "uncollectible";
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of invoices. */
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
                     *           "id": "inv_5Gd1Ty",
                     *           "number": "CAN-2026-10-0042",
                     *           "status": "paid",
                     *           "period_start": "2026-10-01T00:00:00Z",
                     *           "period_end": "2026-11-01T00:00:00Z",
                     *           "lines": [
                     *             {
                     *               "description": "Pro plan, October 2026",
                     *               "amount": {
                     *                 "amount": 2500,
                     *                 "currency": "USD"
                     *               }
                     *             },
                     *             {
                     *               "description": "Usage, October 2026",
                     *               "amount": {
                     *                 "amount": 6181,
                     *                 "currency": "USD"
                     *               }
                     *             }
                     *           ],
                     *           "total": {
                     *             "amount": 8681,
                     *             "currency": "USD"
                     *           },
                     *           "amount_due": {
                     *             "amount": 0,
                     *             "currency": "USD"
                     *           },
                     *           "issued_at": "2026-11-01T06:00:00Z",
                     *           "due_at": "2026-11-15T00:00:00Z",
                     *           "paid_at": "2026-11-01T06:04:12Z",
                     *           "pdf_url": "https://billing.cantila.app/invoices/inv_5Gd1Ty.pdf?token=c2lnbmVk"
                     *         }
                     *       ],
                     *       "next_cursor": "cur_eyJvIjoyMH0"
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The invoice's id.
                 * @example inv_5Gd1Ty
                 */
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["InvoiceNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createBillingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
                 *       "to_account": "client-acme",
                 *       "note": "Moving web-shop to your own billing from December, as agreed."
                 *     }
                 */
                "application/json": components["schemas"]["BillingTransferCreate"];
            };
        };
        responses: {
            /** @description The transfer was created and waits for the receiving account. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "trf_2Qx6Hb",
                     *       "project_id": "prj_9Xk2mA",
                     *       "from_account": "your-handle",
                     *       "to_account": "client-acme",
                     *       "status": "pending",
                     *       "note": "Moving web-shop to your own billing from December, as agreed.",
                     *       "decline_reason": null,
                     *       "requested_by": "usr_8f2a",
                     *       "created_at": "2026-11-28T12:00:00Z",
                     *       "resolved_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BillingTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ProjectNotFound"];
            /**
             * @description A transfer of this project is already pending, `to_account` already pays for it, the
             *     `Idempotency-Key` was already used with a different request, or the account acted in is a
             *     suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listBillingTransfers: {
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
                 * @description Only transfers this account sent, or only those it received.
                 * @example incoming
                 */
                direction?: "incoming" | "outgoing";
                /**
                 * @description Only transfers in this status.
                 * @example pending
                 */
                status?: components["schemas"]["BillingTransferStatus"];
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of billing transfers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingTransferList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getBillingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingTransfer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BillingTransferNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    cancelBillingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer, now `canceled`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingTransfer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BillingTransferNotFound"];
            /**
             * @description The transfer is no longer `pending`, the `Idempotency-Key` was already used with a different
             *     request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    acceptBillingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer, now `accepted`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "trf_2Qx6Hb",
                     *       "project_id": "prj_9Xk2mA",
                     *       "from_account": "your-handle",
                     *       "to_account": "client-acme",
                     *       "status": "accepted",
                     *       "note": "Moving web-shop to your own billing from December, as agreed.",
                     *       "decline_reason": null,
                     *       "requested_by": "usr_8f2a",
                     *       "created_at": "2026-11-28T12:00:00Z",
                     *       "resolved_at": "2026-11-29T08:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingTransfer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BillingTransferNotFound"];
            /**
             * @description The transfer is no longer `pending`, the `Idempotency-Key` was already used with a different
             *     request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    declineBillingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The billing transfer's id.
                 * @example trf_2Qx6Hb
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "We keep web-shop on the agency's bill until our contract renews in March."
                 *     }
                 */
                "application/json": components["schemas"]["BillingTransferDecline"];
            };
        };
        responses: {
            /** @description The transfer, now `declined`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BillingTransferNotFound"];
            /**
             * @description The transfer is no longer `pending`, the `Idempotency-Key` was already used with a different
             *     request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
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
                project?: components["schemas"]["ProjectRef"];
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                     *           "id": "evt_8Rw2Np",
                     *           "action": "scale.update",
                     *           "actor": {
                     *             "type": "agent",
                     *             "id": "agt_2Lp8Vb",
                     *             "name": "night-scaler"
                     *           },
                     *           "acting_as": null,
                     *           "resource": {
                     *             "type": "project",
                     *             "id": "prj_9Xk2mA"
                     *           },
                     *           "project_id": "prj_9Xk2mA",
                     *           "request_id": "req_3Fz8Lk1m",
                     *           "occurred_at": "2026-11-28T07:00:02Z"
                     *         },
                     *         {
                     *           "id": "evt_4kT9wz",
                     *           "action": "deploy.create",
                     *           "actor": {
                     *             "type": "key",
                     *             "id": "key_51Hq2w",
                     *             "name": "ci-deploy"
                     *           },
                     *           "acting_as": null,
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
            default: components["responses"]["OtherError"];
        };
    };
    getActivityEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
                    "application/json": components["schemas"]["ActivityEvent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActivityEventNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listAgents: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of agents. */
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
                     *           "id": "agt_2Lp8Vb",
                     *           "name": "night-scaler",
                     *           "description": "Scales web-shop down to 2 instances at night and back up at 07:00.",
                     *           "scope": "deploy",
                     *           "project_ids": [
                     *             "prj_9Xk2mA"
                     *           ],
                     *           "status": "active",
                     *           "created_by": "usr_8f2a",
                     *           "created_at": "2026-08-01T10:00:00Z",
                     *           "updated_at": "2026-08-01T10:00:00Z",
                     *           "last_active_at": "2026-11-28T07:00:02Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "name": "night-scaler",
                 *       "description": "Scales web-shop down to 2 instances at night and back up at 07:00.",
                 *       "scope": "deploy",
                 *       "project_ids": [
                 *         "prj_9Xk2mA"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AgentCreate"];
            };
        };
        responses: {
            /** @description The agent was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agent": {
                     *         "id": "agt_2Lp8Vb",
                     *         "name": "night-scaler",
                     *         "description": "Scales web-shop down to 2 instances at night and back up at 07:00.",
                     *         "scope": "deploy",
                     *         "project_ids": [
                     *           "prj_9Xk2mA"
                     *         ],
                     *         "status": "active",
                     *         "created_by": "usr_8f2a",
                     *         "created_at": "2026-08-01T10:00:00Z",
                     *         "updated_at": "2026-08-01T10:00:00Z",
                     *         "last_active_at": null
                     *       },
                     *       "secret": "sk_live_xxxxxxxxxxxxxxxx9aQk"
                     *     }
                     */
                    "application/json": components["schemas"]["IssuedAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The account already has as many agents as its plan allows (`agents` in `GET /capacity`), the
             *     `Idempotency-Key` was already used with a different request, or the account acted in is a
             *     suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was deleted. */
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
            404: components["responses"]["AgentNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Scales web-shop down to 2 instances at 22:00 and back up to 3 at 07:00."
                 *     }
                 */
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The updated agent. */
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
                     *       "id": "agt_2Lp8Vb",
                     *       "name": "night-scaler",
                     *       "description": "Scales web-shop down to 2 instances at 22:00 and back up to 3 at 07:00.",
                     *       "scope": "deploy",
                     *       "project_ids": [
                     *         "prj_9Xk2mA"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_8f2a",
                     *       "created_at": "2026-08-01T10:00:00Z",
                     *       "updated_at": "2026-11-28T12:45:00Z",
                     *       "last_active_at": "2026-11-28T07:00:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    pauseAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent, now `paused`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_2Lp8Vb",
                     *       "name": "night-scaler",
                     *       "description": "Scales web-shop down to 2 instances at night and back up at 07:00.",
                     *       "scope": "deploy",
                     *       "project_ids": [
                     *         "prj_9Xk2mA"
                     *       ],
                     *       "status": "paused",
                     *       "created_by": "usr_8f2a",
                     *       "created_at": "2026-08-01T10:00:00Z",
                     *       "updated_at": "2026-11-28T12:35:00Z",
                     *       "last_active_at": "2026-11-28T07:00:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            /**
             * @description The `Idempotency-Key` was already used with a different request, or the account acted in is
             *     a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    resumeAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agt_2Lp8Vb
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent, now `active`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_2Lp8Vb",
                     *       "name": "night-scaler",
                     *       "description": "Scales web-shop down to 2 instances at night and back up at 07:00.",
                     *       "scope": "deploy",
                     *       "project_ids": [
                     *         "prj_9Xk2mA"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_8f2a",
                     *       "created_at": "2026-08-01T10:00:00Z",
                     *       "updated_at": "2026-11-28T12:40:00Z",
                     *       "last_active_at": "2026-11-28T07:00:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            /**
             * @description The `Idempotency-Key` was already used with a different request, or the account acted in is
             *     a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listAlerts: {
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
                 * @description Only alerts on this project (id or name).
                 * @example web-shop
                 */
                project?: components["schemas"]["ProjectRef"];
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of alerts. */
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
                     *           "id": "alr_7Nw3Ke",
                     *           "name": "web-shop CPU high",
                     *           "project_id": "prj_9Xk2mA",
                     *           "metric": "cpu",
                     *           "condition": {
                     *             "operator": "above",
                     *             "threshold": 85,
                     *             "duration_seconds": 300
                     *           },
                     *           "channels": [
                     *             {
                     *               "type": "email",
                     *               "target": "oncall@acme.com"
                     *             },
                     *             {
                     *               "type": "slack",
                     *               "target": "https://hooks.slack.com/services/T000/B000/XXXX"
                     *             }
                     *           ],
                     *           "enabled": true,
                     *           "state": "firing",
                     *           "created_at": "2026-09-20T10:00:00Z",
                     *           "updated_at": "2026-09-20T10:00:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AlertList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    createAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
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
                 *       "name": "web-shop CPU high",
                 *       "project_id": "prj_9Xk2mA",
                 *       "metric": "cpu",
                 *       "condition": {
                 *         "operator": "above",
                 *         "threshold": 85,
                 *         "duration_seconds": 300
                 *       },
                 *       "channels": [
                 *         {
                 *           "type": "email",
                 *           "target": "oncall@acme.com"
                 *         },
                 *         {
                 *           "type": "slack",
                 *           "target": "https://hooks.slack.com/services/T000/B000/XXXX"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AlertCreate"];
            };
        };
        responses: {
            /** @description The alert was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "alr_7Nw3Ke",
                     *       "name": "web-shop CPU high",
                     *       "project_id": "prj_9Xk2mA",
                     *       "metric": "cpu",
                     *       "condition": {
                     *         "operator": "above",
                     *         "threshold": 85,
                     *         "duration_seconds": 300
                     *       },
                     *       "channels": [
                     *         {
                     *           "type": "email",
                     *           "target": "oncall@acme.com"
                     *         },
                     *         {
                     *           "type": "slack",
                     *           "target": "https://hooks.slack.com/services/T000/B000/XXXX"
                     *         }
                     *       ],
                     *       "enabled": true,
                     *       "state": "ok",
                     *       "created_at": "2026-09-20T10:00:00Z",
                     *       "updated_at": "2026-09-20T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The account already has as many alerts as its plan allows (`alerts` in `GET /capacity`), the
             *     `Idempotency-Key` was already used with a different request, or the account acted in is a
             *     suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The alert's id.
                 * @example alr_7Nw3Ke
                 */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert. */
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
                     *       "id": "alr_7Nw3Ke",
                     *       "name": "web-shop CPU high",
                     *       "project_id": "prj_9Xk2mA",
                     *       "metric": "cpu",
                     *       "condition": {
                     *         "operator": "above",
                     *         "threshold": 85,
                     *         "duration_seconds": 300
                     *       },
                     *       "channels": [
                     *         {
                     *           "type": "email",
                     *           "target": "oncall@acme.com"
                     *         },
                     *         {
                     *           "type": "slack",
                     *           "target": "https://hooks.slack.com/services/T000/B000/XXXX"
                     *         }
                     *       ],
                     *       "enabled": true,
                     *       "state": "firing",
                     *       "created_at": "2026-09-20T10:00:00Z",
                     *       "updated_at": "2026-09-20T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Alert"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    deleteAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The alert's id.
                 * @example alr_7Nw3Ke
                 */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert was deleted. */
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
            404: components["responses"]["AlertNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    updateAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The alert's id.
                 * @example alr_7Nw3Ke
                 */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "condition": {
                 *         "operator": "above",
                 *         "threshold": 90,
                 *         "duration_seconds": 600
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AlertUpdate"];
            };
        };
        responses: {
            /** @description The updated alert. */
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
                     *       "id": "alr_7Nw3Ke",
                     *       "name": "web-shop CPU high",
                     *       "project_id": "prj_9Xk2mA",
                     *       "metric": "cpu",
                     *       "condition": {
                     *         "operator": "above",
                     *         "threshold": 90,
                     *         "duration_seconds": 600
                     *       },
                     *       "channels": [
                     *         {
                     *           "type": "email",
                     *           "target": "oncall@acme.com"
                     *         },
                     *         {
                     *           "type": "slack",
                     *           "target": "https://hooks.slack.com/services/T000/B000/XXXX"
                     *         }
                     *       ],
                     *       "enabled": true,
                     *       "state": "firing",
                     *       "created_at": "2026-09-20T10:00:00Z",
                     *       "updated_at": "2026-11-28T13:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listIncidents: {
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
                 * @description Only incidents in this status.
                 * @example open
                 */
                status?: components["schemas"]["IncidentStatus"];
                /**
                 * @description Only incidents of this project (id or name).
                 * @example web-shop
                 */
                project?: components["schemas"]["ProjectRef"];
            };
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of incidents. */
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
                     *           "id": "inc_9Ru4Fz",
                     *           "alert_id": "alr_7Nw3Ke",
                     *           "project_id": "prj_9Xk2mA",
                     *           "title": "web-shop CPU above 85% for 5 minutes",
                     *           "severity": "critical",
                     *           "status": "open",
                     *           "opened_at": "2026-11-28T12:51:00Z",
                     *           "acknowledged_at": null,
                     *           "acknowledged_by": null,
                     *           "resolved_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["IncidentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
            };
            path: {
                /**
                 * @description The incident's id.
                 * @example inc_9Ru4Fz
                 */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["IncidentNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    acknowledgeIncident: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
                 *     the caller may use. The CLI's `--as client-acme` sends this header.
                 * @example client-acme
                 */
                "X-Cantila-Act-As"?: components["parameters"]["ActAs"];
                /**
                 * @description A unique key (a UUID, say) that makes this request safe to retry. The first request with a given
                 *     key does the work; a retry with the same key and the same request (path and body) within 24 hours
                 *     gets the first response back, marked `Idempotent-Replayed: true`, instead of doing the work
                 *     twice. The same key with a different request is a 409 `conflict`. After 24 hours the key is
                 *     forgotten and a retry with it does the work again. `@cantila/client` sends one for you and keeps it across its retries.
                 * @example 5f0c8a4e-2b6d-4f1e-9a37-0c1d2e3f4a5b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The incident's id.
                 * @example inc_9Ru4Fz
                 */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident, now `acknowledged`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc_9Ru4Fz",
                     *       "alert_id": "alr_7Nw3Ke",
                     *       "project_id": "prj_9Xk2mA",
                     *       "title": "web-shop CPU above 85% for 5 minutes",
                     *       "severity": "critical",
                     *       "status": "acknowledged",
                     *       "opened_at": "2026-11-28T12:51:00Z",
                     *       "acknowledged_at": "2026-11-28T12:53:10Z",
                     *       "acknowledged_by": {
                     *         "type": "user",
                     *         "id": "usr_8f2a",
                     *         "name": "You"
                     *       },
                     *       "resolved_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["IncidentNotFound"];
            /**
             * @description The incident is already acknowledged or resolved, the `Idempotency-Key` was already used
             *     with a different request, or the account acted in is a suspended sub-account.
             */
            409: {
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    getCapacity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Handle of a sub-account to act inside, for agency and reseller accounts. The request runs as if
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description The account's quotas and usage. */
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
                     *       "plan": "pro",
                     *       "quotas": [
                     *         {
                     *           "name": "projects",
                     *           "limit": 25,
                     *           "used": 7
                     *         },
                     *         {
                     *           "name": "instances_per_project",
                     *           "limit": 20,
                     *           "used": 5
                     *         },
                     *         {
                     *           "name": "instances_total",
                     *           "limit": 100,
                     *           "used": 18
                     *         },
                     *         {
                     *           "name": "domains_per_project",
                     *           "limit": 10,
                     *           "used": 2
                     *         },
                     *         {
                     *           "name": "sub_accounts",
                     *           "limit": null,
                     *           "used": 2
                     *         },
                     *         {
                     *           "name": "agents",
                     *           "limit": 10,
                     *           "used": 2
                     *         },
                     *         {
                     *           "name": "alerts",
                     *           "limit": 50,
                     *           "used": 4
                     *         },
                     *         {
                     *           "name": "build_minutes_per_month",
                     *           "limit": 3000,
                     *           "used": 1264
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Capacity"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listRegions: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of regions. */
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
                     *           "slug": "fra1",
                     *           "name": "Frankfurt",
                     *           "location": "Frankfurt, DE",
                     *           "available": true
                     *         },
                     *         {
                     *           "slug": "iad1",
                     *           "name": "Washington, D.C.",
                     *           "location": "Ashburn, US",
                     *           "available": true
                     *         },
                     *         {
                     *           "slug": "sin1",
                     *           "name": "Singapore",
                     *           "location": "Singapore, SG",
                     *           "available": false
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    listInstanceSizes: {
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
                 *     made by that sub-account and is recorded in the activity log with `acting_as` set. Any value
                 *     that is not the handle (`Handle`) of a sub-account the caller may act in — a malformed one
                 *     included — is rejected with 403 `forbidden`, reason `act_as_not_allowed`. `GET /sub-accounts` lists the handles
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
            /** @description A page of instance sizes. */
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
                     *           "slug": "standard-1x",
                     *           "vcpu": 0.5,
                     *           "memory_mb": 512,
                     *           "monthly_price": {
                     *             "amount": 700,
                     *             "currency": "USD"
                     *           },
                     *           "plans": [
                     *             "hobby",
                     *             "pro",
                     *             "team",
                     *             "enterprise"
                     *           ]
                     *         },
                     *         {
                     *           "slug": "standard-2x",
                     *           "vcpu": 1,
                     *           "memory_mb": 1024,
                     *           "monthly_price": {
                     *             "amount": 2500,
                     *             "currency": "USD"
                     *           },
                     *           "plans": [
                     *             "pro",
                     *             "team",
                     *             "enterprise"
                     *           ]
                     *         },
                     *         {
                     *           "slug": "performance-4x",
                     *           "vcpu": 4,
                     *           "memory_mb": 8192,
                     *           "monthly_price": {
                     *             "amount": 16000,
                     *             "currency": "USD"
                     *           },
                     *           "plans": [
                     *             "team",
                     *             "enterprise"
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InstanceSizeList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["OtherError"];
        };
    };
    incidentOpenedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The signature of the delivery; see the header's description.
                 * @example t=1764334260,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Cantila-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "whe_4Tq8Lm",
                 *       "type": "incident.opened",
                 *       "created_at": "2026-11-28T12:51:00Z",
                 *       "account": "your-handle",
                 *       "data": {
                 *         "incident": {
                 *           "id": "inc_9Ru4Fz",
                 *           "alert_id": "alr_7Nw3Ke",
                 *           "project_id": "prj_9Xk2mA",
                 *           "title": "web-shop CPU above 85% for 5 minutes",
                 *           "severity": "critical",
                 *           "status": "open",
                 *           "opened_at": "2026-11-28T12:51:00Z",
                 *           "acknowledged_at": null,
                 *           "acknowledged_by": null,
                 *           "resolved_at": null
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the delivery; Cantila ignores the body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    incidentAcknowledgedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The signature of the delivery; see the header's description.
                 * @example t=1764334260,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Cantila-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "whe_7Wc2Np",
                 *       "type": "incident.acknowledged",
                 *       "created_at": "2026-11-28T12:53:10Z",
                 *       "account": "your-handle",
                 *       "data": {
                 *         "incident": {
                 *           "id": "inc_9Ru4Fz",
                 *           "alert_id": "alr_7Nw3Ke",
                 *           "project_id": "prj_9Xk2mA",
                 *           "title": "web-shop CPU above 85% for 5 minutes",
                 *           "severity": "critical",
                 *           "status": "acknowledged",
                 *           "opened_at": "2026-11-28T12:51:00Z",
                 *           "acknowledged_at": "2026-11-28T12:53:10Z",
                 *           "acknowledged_by": {
                 *             "type": "user",
                 *             "id": "usr_3Dq7nL",
                 *             "name": "Dana Ortiz"
                 *           },
                 *           "resolved_at": null
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the delivery; Cantila ignores the body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    incidentResolvedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The signature of the delivery; see the header's description.
                 * @example t=1764334260,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Cantila-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "whe_1Hd5Rs",
                 *       "type": "incident.resolved",
                 *       "created_at": "2026-11-28T13:20:00Z",
                 *       "account": "your-handle",
                 *       "data": {
                 *         "incident": {
                 *           "id": "inc_9Ru4Fz",
                 *           "alert_id": "alr_7Nw3Ke",
                 *           "project_id": "prj_9Xk2mA",
                 *           "title": "web-shop CPU above 85% for 5 minutes",
                 *           "severity": "critical",
                 *           "status": "resolved",
                 *           "opened_at": "2026-11-28T12:51:00Z",
                 *           "acknowledged_at": "2026-11-28T12:53:10Z",
                 *           "acknowledged_by": {
                 *             "type": "user",
                 *             "id": "usr_3Dq7nL",
                 *             "name": "Dana Ortiz"
                 *           },
                 *           "resolved_at": "2026-11-28T13:20:00Z"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the delivery; Cantila ignores the body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
