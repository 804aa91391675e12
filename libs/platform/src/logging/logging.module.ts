import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { loggableRequest } from './loggable-url';

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/** JSON logs (pino), one line per request, with credentials and identity numbers in URLs redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          serializers: { req: loggableRequest },
          autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url?.split('?')[0] ?? '') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
