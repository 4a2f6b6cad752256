// Structured JSON logs on stdout (pino). Never log message text or card input: it may carry patient data.
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'mtvp-assistent' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Secrets that might end up in an error object or a request dump.
    redact: { paths: ['*.authorization', '*.headers.authorization', '*.MicrosoftAppPassword', '*.password'], censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
