export { CantilaClient, type ClientOptions, createClient, defaultBaseUrl, type PaginateOptions } from './core/client.ts';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  CantilaError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  ValidationError,
  type ApiErrorBody,
  type ErrorStatus,
  type ApiErrorCode,
  type ErrorCode,
  type FieldError,
} from './core/errors.ts';
export type { AnyErrorReason, ErrorReason, QuotaUse } from './core/error-reason.ts';
export { redact } from './core/redact.ts';
export { defaultRetryStatuses, type RetryPolicy, type RetryTiming, type ShouldRetry } from './core/retry.ts';
export { canCall, requiredScope, type OperationKey, type RequiredScope, type Scope } from './core/scope.ts';
export type {
  Call,
  Calls,
  Failure,
  HttpMethod,
  ItemOf,
  ListPath,
  Page,
  PathsWith,
  RequestExtras,
  RequestInitFor,
  ResponseData,
  Result,
  Success,
} from './core/types.ts';
export type { Middleware } from 'openapi-fetch';
export {
  verifyWebhook,
  WebhookVerificationError,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookFailure,
} from './webhooks/verify.ts';
export type { components, paths } from './generated/schema.ts';

import type { components } from './generated/schema.ts';
/** A schema of the spec by name: `Schema<'Project'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
