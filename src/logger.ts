import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs; message text and secrets are redacted at every level. */
export function createLogger(
  level: pino.LevelWithSilent = 'info',
  /** Where lines go; stdout unless given (tests read the lines back). */
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'kansenwijzer' },
    redact: {
      paths: [
        'text',
        'activity.text',
        '*.text',
        'password',
        '*.password',
        'key',
        '*.key',
        'authorization',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
