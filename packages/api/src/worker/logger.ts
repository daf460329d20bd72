export interface WorkerLogger {
  info(object: object, message?: string): void;
  /** Falls back to `info` when the logger has no warn level. */
  warn?(object: object, message?: string): void;
  error(object: object, message?: string): void;
}
