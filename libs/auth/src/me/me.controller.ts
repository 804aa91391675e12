import { Controller, Get, Inject } from '@nestjs/common';
import { Clock, systemOn } from '@lagspill/domain';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../caller/caller';
import { CurrentCaller } from '../guard/current-caller.decorator';
import type { MeResponse } from '@lagspill/contracts';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  constructor(@Inject(Clock) private readonly clock: Clock) {}

  @Get()
  @ApiOperation({ summary: 'The caller as Lagspill knows them' })
  me(@CurrentCaller() caller: Caller): MeResponse {
    const { organisation, party } = caller;
    // The system the report form offers: the one in use today, a planned switch once its day has come.
    const system = organisation && systemOn(organisation, this.clock.now().toISOString());
    return {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      organisation: organisation?.id,
      organisationName: organisation?.name,
      organisationType: organisation?.type,
      system: system && { vendor: system.vendor, product: system.product, version: system.version },
      party: party?.id,
      partyName: party?.name,
      region: caller.region,
    };
  }
}
