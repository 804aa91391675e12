import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../caller/caller';
import { CurrentCaller } from '../guard/current-caller.decorator';
import type { MeResponse } from './me.response';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The caller as Lagspill knows them' })
  me(@CurrentCaller() caller: Caller): MeResponse {
    return {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      organisation: caller.organisation?.id,
      party: caller.party?.id,
      region: caller.region,
    };
  }
}
