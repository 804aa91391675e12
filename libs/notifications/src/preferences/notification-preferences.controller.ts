import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { NotificationPreferencesResponse } from '@lagspill/contracts';
import { NotificationPreferences } from './notification-preferences';
import { NotificationPreferencesRequestDto } from './notification-preferences.request.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/me/notifications')
export class NotificationPreferencesController {
  constructor(@Inject(NotificationPreferences) private readonly preferences: NotificationPreferences) {}

  @Get()
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Where my notification mail goes, and each kind I may turn on or off' })
  get(@CurrentCaller() caller: Caller): Promise<NotificationPreferencesResponse> {
    return this.preferences.get(caller);
  }

  @Put()
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Turn kinds of notification on or off; those left out keep their setting' })
  put(
    @CurrentCaller() caller: Caller,
    @Body() body: NotificationPreferencesRequestDto,
  ): Promise<NotificationPreferencesResponse> {
    return this.preferences.choose(caller, body);
  }
}
