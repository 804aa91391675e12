import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { redactingLogOptions } from './log-redaction';

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * JSON logs (pino), one line per request, with credentials redacted and identity numbers kept out of
 * everything a request carried (URL, query, route parameters, headers, error messages); no response headers.
 * Every line logged while a request is handled carries the request's id as `req.id`: pino-http takes the
 * id `assignRequestId` gave the request before it.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          ...redactingLogOptions(),
          autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url?.split('?')[0] ?? '') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
