import type { ErrorCode } from '../../shared/api/result';

/** An error a service raises on purpose; its message is shown to the secretary as is. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
