import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../caller/caller';
import { CurrentCaller } from '../guard/current-caller.decorator';
import type { MeResponse } from '@lagspill/contracts';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The caller as Lagspill knows them' })
  me(@CurrentCaller() caller: Caller): MeResponse {
    const { organisation, party } = caller;
    return {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      organisation: organisation?.id,
      organisationName: organisation?.name,
      organisationType: organisation?.type,
      system: organisation && {
        vendor: organisation.system.vendor,
        product: organisation.system.product,
        version: organisation.system.version,
      },
      party: party?.id,
      partyName: party?.name,
      region: caller.region,
    };
  }
}
