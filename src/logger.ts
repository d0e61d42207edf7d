import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs; message text and secrets are redacted at every level. */
export function createLogger(level: pino.LevelWithSilent = 'info'): Logger {
  return pino({
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
  });
}
