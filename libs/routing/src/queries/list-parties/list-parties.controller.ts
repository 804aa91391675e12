import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Directory } from '@lagspill/domain';
import type { PartyResponse } from '@lagspill/contracts';

@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/parties')
export class ListPartiesController {
  constructor(@Inject(Directory) private readonly directory: Directory) {}

  @Get()
  @ApiOperation({ summary: 'Responding parties: vendors with their products, NHN, pharmacy chains, working groups' })
  @ApiOkResponse({ description: '[{id, kind, name, products, region?, serviceLevel}]' })
  parties(): PartyResponse[] {
    return this.directory.allParties().map(({ id, kind, name, products, region, serviceLevel }) => ({
      id,
      kind,
      name,
      products,
      ...(region !== undefined ? { region } : {}),
      serviceLevel,
    }));
  }
}
